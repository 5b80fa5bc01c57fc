#if canImport(Glibc)
@preconcurrency import Glibc  // `stdout` is a C global: fine to touch once, before any thread starts.
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif
import Foundation

// Line-buffer standard output even into a pipe or file, so tables and progress lines appear as
// they are printed (a log watched with `tail -f`, CI output) rather than all at the end.
setvbuf(stdout, nil, _IOLBF, 0)

/// `lab`: the kit's command line. Each subcommand lives in its own file as a `Command`.
let commands: [any Command.Type] = [
    ValuesCommand.self,
    TrainCommand.self,
    BenchCommand.self,
    ExperimentCommand.self,
    PlotCommand.self,
]

let words = Array(CommandLine.arguments.dropFirst())
let usage = """
    usage: lab <command> [options]

    commands:
    \(commands.map { "  \($0.name.padding(toLength: 12, withPad: " ", startingAt: 0))\($0.summary)" }.joined(separator: "\n"))

    'lab help <command>' shows a command's options.
    """

if words.isEmpty || ["help", "--help", "-h"].contains(words[0]) {
    if words.count > 1, let command = commands.first(where: { $0.name == words[1] }) {
        print(command.help)
    } else {
        print(usage)
    }
    exit(0)
}
guard let command = commands.first(where: { $0.name == words[0] }) else {
    FileHandle.standardError.write(Data("lab: unknown command '\(words[0])'\n\n\(usage)\n".utf8))
    exit(2)
}
do {
    try command.run(Array(words.dropFirst()))
} catch let error as CommandError {
    FileHandle.standardError.write(Data("lab \(command.name): \(error)\n".utf8))
    exit(error.exitStatus)
} catch {
    FileHandle.standardError.write(Data("lab \(command.name): \(error)\n".utf8))
    exit(1)
}
