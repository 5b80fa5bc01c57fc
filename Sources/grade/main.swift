import Foundation
import Grader

/// `grade`: the kit's grader. All the logic lives in the Grader library, where it is tested.
let interrupts = InterruptHandler.install()
do {
    let environment = ProcessInfo.processInfo.environment
    let options = try GradeOptions(arguments: Array(CommandLine.arguments.dropFirst()), environment: environment)
    let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    let status = try GradeCommand(options: options, root: root, environment: environment).run()
    withExtendedLifetime(interrupts) { exit(status) }
} catch let error as GradeError {
    FileHandle.standardError.write(Data("grade: \(error)\n".utf8))
    exit(error.exitStatus)
} catch {
    FileHandle.standardError.write(Data("grade: \(error)\n".utf8))
    exit(1)
}
