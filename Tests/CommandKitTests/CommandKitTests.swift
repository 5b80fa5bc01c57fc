import CommandKit
import Testing

@Suite struct ParsingTests {
    static let spec = CommandSpec(
        name: "demo", summary: "a demo",
        arguments: [Argument("name", help: "who"), Argument("rest", help: "more", repeating: true)],
        options: [.value("count", "N", default: "3", short: "n", help: "how many"),
                  .value("label", "TEXT", help: "a label"),
                  .flag("loud", help: "shout")])

    @Test func readsValuesFlagsAndArgumentsInAnyOrder() throws {
        let parsed = try Self.spec.parse(["--loud", "bob", "-n", "7", "x", "--label=a=b", "y"])
        #expect(parsed.flag("loud"))
        #expect(try parsed.value("count", .positiveInteger) == 7)
        #expect(parsed.string("label") == "a=b")
        #expect(parsed.argument("name") == "bob")
        #expect(parsed.arguments("rest") == ["x", "y"])
    }

    @Test func defaultsComeFromTheDeclaration() throws {
        let parsed = try Self.spec.parse(["bob"])
        #expect(try parsed.value("count", .positiveInteger) == 3)
        #expect(!parsed.isGiven("count"))
        #expect(parsed.string("label") == nil)
        #expect(!parsed.flag("loud"))
    }

    @Test func doubleDashEndsOptions() throws {
        #expect(try Self.spec.parse(["--", "--loud"]).argument("name") == "--loud")
    }

    @Test func helpIsGeneratedFromTheDeclarations() {
        let help = Self.spec.help(program: "tool")
        #expect(help.hasPrefix("usage: tool demo <name> [<rest> …] [options]"))
        #expect(help.contains("-n, --count N"))
        #expect(help.contains("how many (default 3)"))
        #expect(help.contains("--loud"))
        #expect(help.contains("-h, --help"))
    }

    @Test func helpWinsOverEverythingElse() {
        #expect(throws: CommandError.self) { try Self.spec.parse(["--bogus", "-h"]) }
        do {
            _ = try Self.spec.parse(["--bogus", "-h"])
        } catch {
            #expect(error.exitStatus == 0)
        }
    }

    @Test(arguments: [
        (["--cuont", "2", "bob"], "unknown option '--cuont'; did you mean '--count'?"),
        (["--zzzzzz", "bob"], "unknown option '--zzzzzz'"),
        (["bob", "--count"], "--count needs a value (N)"),
        (["bob", "--loud=1"], "--loud takes no value"),
        ([], "missing <name>"),
    ])
    func refusesWithStatusTwo(_ words: [String], _ message: String) {
        do {
            _ = try Self.spec.parse(words)
            Issue.record("\(words) parsed")
        } catch {
            #expect(error.exitStatus == 2)
            #expect(error.description == message || error.description.hasPrefix(message))
        }
    }

    @Test func malformedValuesNameTheOption() throws {
        let parsed = try Self.spec.parse(["bob", "--count", "-2"])
        #expect(throws: CommandError.self) { try parsed.value("count", .positiveInteger) }
        do {
            _ = try parsed.value("count", .positiveInteger)
        } catch {
            #expect(error.description == "--count expects a positive integer, got '-2'")
        }
    }

    @Test func suggestionsAreNearMissesOnly() {
        #expect(Suggestion.closest(to: "--epoch", among: ["--epochs", "--seed"]) == "--epochs")
        #expect(Suggestion.closest(to: "trian", among: ["train", "bench"]) == "train")
        #expect(Suggestion.closest(to: "xyz", among: ["train", "bench"]) == nil)
    }
}

@Suite struct ProgressBarTests {
    @Test func barFillsInProportion() {
        #expect(ProgressBar.bar(0, width: 10) == "[>         ]")
        #expect(ProgressBar.bar(0.5, width: 10) == "[=====>    ]")
        #expect(ProgressBar.bar(1, width: 10) == "[==========]")
        #expect(ProgressBar.bar(.nan, width: 4) == "[>   ]")
    }

    @Test func etaExtrapolatesTheRateSoFar() {
        #expect(ProgressBar.eta(elapsed: 10, done: 1, total: 4) == 30)
        #expect(ProgressBar.eta(elapsed: 10, done: 0, total: 4) == nil)
    }

    @Test func drawsNothingOffATerminal() {
        let console = Console(output: { _ in Issue.record("drew on a pipe") }, error: { _ in Issue.record("drew on a pipe") })
        let bar = ProgressBar(console: console)
        bar.draw(["epoch 1/5"], force: true)
        bar.clear()
    }

    @Test func logsLinesAboveTheBarOnATerminal() {
        nonisolated(unsafe) var written = ""
        let console = Console(output: { _ in }, error: { written += $0 }, errorIsTerminal: true)
        let bar = ProgressBar(console: console)
        bar.draw(["one", "two"], force: true)
        bar.log("done")
        #expect(written.hasPrefix("\u{1B}[Kone\n\u{1B}[Ktwo"))
        #expect(written.contains("\r\u{1B}[K\u{1B}[1A\u{1B}[Kdone\n"))
    }

    @Test func concurrentMapKeepsTheOrder() throws {
        let squares = try Array(0..<100).concurrentMap(width: 4) { $0 * $0 }
        #expect(squares == (0..<100).map { $0 * $0 })
    }
}
