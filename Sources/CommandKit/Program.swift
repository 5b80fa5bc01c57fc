import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command writes: standard output and standard error, or (in tests) two strings.
public final class Console: @unchecked Sendable {
    private let writeOutput: @Sendable (String) -> Void
    private let writeError: @Sendable (String) -> Void
    /// Whether standard output / standard error are terminals (progress bars redraw in place
    /// only there).
    public let outputIsTerminal: Bool
    public let errorIsTerminal: Bool

    public init(output: @escaping @Sendable (String) -> Void, error: @escaping @Sendable (String) -> Void,
                outputIsTerminal: Bool = false, errorIsTerminal: Bool = false) {
        writeOutput = output
        writeError = error
        self.outputIsTerminal = outputIsTerminal
        self.errorIsTerminal = errorIsTerminal
    }

    /// The process's own standard output and standard error.
    public static let standard = Console(
        output: { text in Swift.print(text, terminator: "") },
        error: { text in FileHandle.standardError.write(Data(text.utf8)) },
        outputIsTerminal: isatty(STDOUT_FILENO) == 1, errorIsTerminal: isatty(STDERR_FILENO) == 1)

    /// Writes `text` and a line break to standard output.
    public func print(_ text: String = "") { writeOutput(text + "\n") }
    /// Writes `text` as it is (no line break) to standard output.
    public func write(_ text: String) { writeOutput(text) }
    /// Writes `text` and a line break to standard error.
    public func printError(_ text: String) { writeError(text + "\n") }
    /// Writes `text` as it is to standard error.
    public func writeError(_ text: String) { self.writeError(text) }
}

/// A subcommand of a `Program`.
public protocol Command {
    static var spec: CommandSpec { get }
    /// Does the work; throws `CommandError` for a clear one-line exit.
    static func run(_ arguments: ParsedArguments, console: Console) throws
}

/// A tool made of subcommands: `lab <command> …`.
public struct Program {
    public let name: String
    public let summary: String
    public let commands: [any Command.Type]

    public init(name: String, summary: String, commands: [any Command.Type]) {
        self.name = name
        self.summary = summary
        self.commands = commands
    }

    /// The program's own help: its commands and how to get theirs.
    public var help: String {
        let width = (commands.map { $0.spec.name.count }.max() ?? 0) + 2
        return """
            \(summary)

            usage: \(name) <command> [options]

            commands:
            \(commands.map { "  \($0.spec.name.padding(toLength: width, withPad: " ", startingAt: 0))\($0.spec.summary)" }.joined(separator: "\n"))

            '\(name) help <command>' or '\(name) <command> --help' shows a command's options.
            """
    }

    /// Runs the command `words` name and returns the exit status: 0 on success (and for help),
    /// 1 when the work failed, 2 for a wrong command line.
    public func run(_ words: [String], console: Console = .standard) -> Int32 {
        guard let first = words.first else {
            console.print(help)
            return 0
        }
        if first == "help" || first == "--help" || first == "-h" {
            guard words.count > 1 else {
                console.print(help)
                return 0
            }
            guard words.count == 2, let command = command(named: words[1]) else {
                return unknown(words.count == 2 ? words[1] : words.dropFirst().joined(separator: " "), console: console)
            }
            console.print(command.spec.help(program: name))
            return 0
        }
        guard let command = command(named: first) else { return unknown(first, console: console) }
        do {
            let arguments = try command.spec.parse(Array(words.dropFirst()))
            try command.run(arguments, console: console)
            return 0
        } catch let error as CommandError {
            return report(error, command: command.spec.name, console: console)
        } catch {
            console.printError("\(name) \(command.spec.name): \(error)")
            return 1
        }
    }

    private func command(named word: String) -> (any Command.Type)? {
        commands.first { $0.spec.name == word }
    }

    private func unknown(_ word: String, console: Console) -> Int32 {
        let hint = Suggestion.closest(to: word, among: commands.map { $0.spec.name }).map { "; did you mean '\($0)'?" } ?? ""
        console.printError("\(name): unknown command '\(word)'\(hint)\n\n\(help)")
        return 2
    }

    private func report(_ error: CommandError, command: String, console: Console) -> Int32 {
        switch error {
        case .help(let spec):
            console.print(spec.help(program: name))
        case .usage(let message, _):
            console.printError("\(name) \(command): \(message) (see '\(name) \(command) --help')")
        case .failed(let message):
            console.printError("\(name) \(command): \(message)")
        }
        return error.exitStatus
    }
}
