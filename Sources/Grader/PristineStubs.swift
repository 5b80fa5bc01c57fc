import Foundation
import GradingProtocol

/// The stubs as the kit ships them, for the self-check's "stubs score nothing" step.
///
/// They are read from the last commit when the kit is a git checkout, so that lessons someone
/// solved in place in `Exercises/` do not fail the check; otherwise (an unpacked archive, no
/// git) from `Exercises/` as it is on disk. CI checks out fresh, where the two agree.
enum PristineStubs {
    /// Each lesson's stub sources, and where they came from in words.
    static func load(kit: URL, lessons: [Lesson], work: URL) throws -> (sources: LessonFiles, origin: String) {
        let folder = Implementation.exercises.folder
        if let unpacked = try? fromGit(kit: kit, work: work) {
            let sources = try read(lessons, in: unpacked.appendingPathComponent(folder))
            if sources.files.values.allSatisfy({ !$0.isEmpty }) { return (sources, "git HEAD:\(folder)/") }
        }
        return (try read(lessons, in: kit.appendingPathComponent(folder)), "\(folder)/ on disk (not a git checkout)")
    }

    /// Unpacks `HEAD:Exercises` into `work/stubs`, or throws if git cannot.
    private static func fromGit(kit: URL, work: URL) throws -> URL {
        let manager = FileManager.default
        let target = work.appendingPathComponent("stubs")
        try? manager.removeItem(at: target)
        try manager.createDirectory(at: target, withIntermediateDirectories: true)
        let archive = work.appendingPathComponent("stubs.tar")
        let log = work.appendingPathComponent("stubs.log")
        let steps = [
            Subprocess("git", ["-C", kit.path, "archive", "--format=tar", "-o", archive.path, "HEAD", "--",
                               Implementation.exercises.folder], output: log, timeout: 60),
            Subprocess("tar", ["-xf", archive.path, "-C", target.path], output: log, timeout: 60),
        ]
        for step in steps where try step.run() != .exited(0) {
            throw GradeError.failed("\(step.executable) could not unpack the committed stubs")
        }
        return target
    }

    private static func read(_ lessons: [Lesson], in folder: URL) throws -> LessonFiles {
        LessonFiles.lessons(in: folder, lessons)
    }
}
