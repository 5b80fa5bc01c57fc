import ActivationCatalog
import ActivationCore
import CommandKit
import Foundation
import LabCommands
import Testing

/// Runs `lab` in-process with its output captured: what a student sees, and the exit status.
struct Run {
    let status: Int32
    let output: String
    let error: String

    init(_ words: String...) {
        let output = Captured(), error = Captured()
        let console = Console(output: { output.append($0) }, error: { error.append($0) })
        status = Lab.program.run(words, console: console)
        self.output = output.text
        self.error = error.text
    }

    final class Captured: @unchecked Sendable {
        private let lock = NSLock()
        private var parts: [String] = []
        func append(_ text: String) { lock.lock(); parts.append(text); lock.unlock() }
        var text: String { lock.lock(); defer { lock.unlock() }; return parts.joined() }
    }
}

@Suite struct LabHelpTests {
    static let commands = ["values", "plot", "train", "bench", "experiment"]

    @Test func bareLabAndHelpListEveryCommand() {
        for run in [Run(), Run("help"), Run("--help"), Run("-h")] {
            #expect(run.status == 0)
            for command in Self.commands { #expect(run.output.contains("  \(command) "), "\(command) missing") }
        }
    }

    @Test(arguments: commands)
    func everyCommandAnswersHelpThreeWays(_ command: String) {
        let forms = [Run("help", command), Run(command, "--help"), Run(command, "-h")]
        for run in forms {
            #expect(run.status == 0, "\(run.error)")
            #expect(run.output.hasPrefix("usage: lab \(command)"))
            #expect(run.error.isEmpty)
        }
        #expect(Set(forms.map(\.output)).count == 1)
    }

    @Test func helpListsEveryOptionWithItsDefault() {
        let help = Run("train", "--help").output
        for option in ["--dataset NAME", "--hidden W,W…", "--epochs N", "--batch-size N", "--optimizer adam|sgd",
                       "--learning-rate LR", "--momentum M", "--init glorot|he", "--seed N", "--validation-split F",
                       "--data-dir DIR", "--report FILE", "-q, --quiet", "-h, --help"] {
            #expect(help.contains(option), "\(option) missing")
        }
        #expect(help.contains("(default 5)"))
        #expect(help.contains("(default fashion-mnist)"))
    }

    @Test func helpForAnUnknownCommandIsAUsageError() {
        let run = Run("help", "trian")
        #expect(run.status == 2)
        #expect(run.error.contains("unknown command 'trian'; did you mean 'train'?"))
    }
}

@Suite struct LabUsageErrorTests {
    /// Each must fail with status 2 before doing any work, with a message naming the problem.
    @Test(arguments: [
        (["trian"], "unknown command 'trian'; did you mean 'train'?"),
        (["train", "foo"], "unexpected argument 'foo'"),
        (["bench", "foo"], "unexpected argument 'foo'"),
        (["train", "--epoch", "3"], "unknown option '--epoch'; did you mean '--epochs'?"),
        (["train", "--epochs"], "--epochs needs a value (N)"),
        (["train", "--epochs", "zero"], "--epochs expects a positive integer, got 'zero'"),
        (["train", "--epochs=-1"], "--epochs expects a positive integer, got '-1'"),
        (["train", "--quiet=yes"], "--quiet takes no value"),
        (["train", "--hidden", "128,,64"], "--hidden expects a comma-separated list of positive integers, got '128,,64'"),
        (["train", "--activation", "relu,tanh"], "--activation lists 2 activations for 1 hidden layers"),
        (["train", "--activation", "rleu"], "unknown activation 'rleu'"),
        (["train", "--optimizer", "adagrad"], "--optimizer expects adam or sgd, got 'adagrad'"),
        (["train", "--momentum", "0.9"], "--momentum applies to --optimizer sgd only"),
        (["train", "--validation-split", "1"], "--validation-split expects a number in (0.0, 1.0), got '1'"),
        (["train", "--normalization", "layer"], "--normalization expects none or batch, got 'layer'"),
        (["train", "--init", "xavier"], "--init expects glorot, he or lecun, got 'xavier'"),
        (["train", "--prelu-init", "0.1"], "--prelu-init applies to --activation prelu only"),
        (["train", "--residual=yes"], "--residual takes no value"),
        (["bench", "--epochs", "2"], "--epochs expects an integer ≥ 3, got '2'"),
        (["values"], "missing <activation>"),
        (["values", "sigmoidd", "1"], "unknown activation 'sigmoidd'"),
        (["values", "relu", "one"], "'one' is not a number"),
        (["plot", "relu", "--from", "2", "--to", "1"], "--from (2.0) must be less than --to (1.0)"),
        (["plot", "--all"], "--all needs --out-dir DIR"),
        (["experiment"], "missing <name>"),
        (["experiment", "depht"], "unknown experiment 'depht'; did you mean 'depth'?"),
        (["experiment", "depth", "mixed"], "unexpected argument 'mixed'"),
        (["experiment", "redraw"], "redraw needs a results folder"),
        (["experiment", "depth", "--seeds", "0"], "--seeds expects a positive integer, got '0'"),
        (["experiment", "boundaries", "--dataset", "mnist"], "boundaries needs a 2-D set"),
    ])
    func isRefusedWithStatusTwo(_ words: [String], _ message: String) {
        let output = Run.Captured(), error = Run.Captured()
        let status = Lab.program.run(words, console: Console(output: { output.append($0) }, error: { error.append($0) }))
        #expect(status == 2, "\(words): \(error.text)")
        #expect(error.text.contains(message), "\(words): \(error.text)")
        #expect(output.text.isEmpty, "\(words) printed \(output.text)")
    }

    @Test func usageErrorsPointToTheCommandsHelp() {
        #expect(Run("train", "--epoch", "3").error.hasPrefix("lab train: unknown option '--epoch'"))
        #expect(Run("train", "--epoch", "3").error.contains("(see 'lab train --help')"))
    }
}

@Suite struct LabValuesTests {
    @Test func printsNineSignificantDigits() {
        let run = Run("values", "relu", "-1", "0", "2.5", "nan", "-inf")
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output == "-1 0 0\n0 0 0\n2.5 2.5 1\nnan nan nan\n-inf 0 0\n")
    }

    @Test func negativeNumbersAreInputsNotOptions() {
        #expect(Run("values", "identity", "-100", "-1e-8").output == "-100 -100 1\n-9.99999994e-09 -9.99999994e-09 1\n")
    }

    @Test func experimentListNamesEveryExperiment() {
        let run = Run("experiment", "list")
        #expect(run.status == 0)
        for name in ["relu-vs-sigmoid", "compare-activations", "custom", "depth", "mixed", "boundaries"] {
            #expect(run.output.contains(name))
        }
    }

    @Test func workThatFailsExitsWithStatusOne() {
        let run = Run("train", "--data-dir", "/nonexistent-folder", "--quiet")
        #expect(run.status == 1)
        #expect(run.error.contains("/nonexistent-folder"))
    }
}

/// One answer to "is this activation still a stub?" for every command.
@Suite struct StubDetectionTests {
    struct Stub: Activation {
        func callAsFunction(_ x: Float) -> Float { unimplemented() }
        func derivative(_ x: Float) -> Float { unimplemented() }
    }

    /// f written, f′ still the stub: not trainable yet, so still a stub.
    struct HalfDone: Activation {
        func callAsFunction(_ x: Float) -> Float { max(0, x) }
        func derivative(_ x: Float) -> Float { unimplemented() }
    }

    struct Done: Activation {
        func callAsFunction(_ x: Float) -> Float { max(0, x) }
        func derivative(_ x: Float) -> Float { x > 0 ? 1 : 0 }
    }

    @Test func stubsAndHalfDoneLessonsAreStubs() {
        #expect(ActivationCatalog.isStub(Stub()))
        #expect(ActivationCatalog.isStub(HalfDone()))
        #expect(!ActivationCatalog.isStub(Done()))
    }

    @Test func theAdviceNamesTheLessonAndTheWayOut() {
        #expect(ActivationCatalog.stubAdvice("custom").contains("Exercises/11-custom-activation"))
        #expect(ActivationCatalog.stubAdvice("relu").contains("KIT_IMPL=solutions"))
    }

    @Test func unknownNamesListTheKnownOnes() {
        #expect(throws: ActivationCatalog.UnknownActivation.self) { try ActivationCatalog.lookup("rleu") }
        #expect("\(ActivationCatalog.UnknownActivation(name: "rleu"))".contains("choose one of identity, binary-step"))
    }
}

@Suite struct LabTrainOptionsTests {
    static let solutionsBuilt = (try? ActivationCatalog.lookup("relu")).map { $0(2) == 2 } ?? false

    /// The report records the network's cures and every epoch's learned α per layer.
    @Test(.enabled(if: solutionsBuilt, "needs KIT_IMPL=solutions"))
    func reportRecordsNormalizationSkipsAndLearnedParameters() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lab-train-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: path) }
        let run = Run("train", "--dataset", "xor", "--hidden", "8,8", "--activation", "prelu", "--prelu-init", "0.1",
                      "--normalization", "batch", "--residual", "--init", "lecun", "--epochs", "2", "--report", path.path)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("batch normalisation") && run.output.contains("skips around hidden layers 2"))
        #expect(run.output.contains(" α "), "the epoch lines show the learned α: \(run.output)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: path)) as? [String: Any])
        let network = try #require(json["network"] as? [String: Any])
        #expect(network["normalization"] as? String == "batch")
        #expect(network["residualLayers"] as? [Int] == [2])
        #expect(network["initializer"] as? String == "lecun")
        #expect((network["learnedParameters"] as? [String]) == ["alpha", "alpha"])
        let epochs = try #require(json["epochs"] as? [[String: Any]])
        #expect(epochs.count == 2)
        for epoch in epochs {
            let layers = try #require(epoch["layers"] as? [[String: Any]])
            for layer in layers {
                let alpha = try #require(layer["alpha"] as? Double), low = try #require(layer["alphaMin"] as? Double)
                let high = try #require(layer["alphaMax"] as? Double)
                #expect(low <= alpha && alpha <= high && layer["beta"] == nil)
            }
        }
    }
}

