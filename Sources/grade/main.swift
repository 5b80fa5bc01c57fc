import CommandKit
import Foundation
import Grader

/// `grade`: the kit's grader. All the logic lives in the Grader library, where it is tested.
///
/// `grade sandbox-exec …` is the launcher the checks start a student's driver with: it must
/// become the driver at once, before anything of the grader (signal handlers, threads) starts.
if CommandLine.arguments.dropFirst().first == "sandbox-exec" {
    SandboxLauncher.run(Array(CommandLine.arguments.dropFirst(2)))
}
let interrupts = InterruptHandler.install()
do {
    let environment = ProcessInfo.processInfo.environment
    let options = try GradeOptions(arguments: Array(CommandLine.arguments.dropFirst()), environment: environment)
    let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    let status = try GradeCommand(options: options, root: root, environment: environment).run()
    withExtendedLifetime(interrupts) { exit(status) }
} catch let error as CommandError {
    var text = "grade: \(error)"
    if case .usage(_, let command) = error { text += " (see 'grade \(command.map { "\($0) " } ?? "")--help')" }
    FileHandle.standardError.write(Data((text + "\n").utf8))
    exit(error.exitStatus)
} catch {
    FileHandle.standardError.write(Data("grade: \(error)\n".utf8))
    exit(1)
}
