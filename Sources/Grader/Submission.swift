import Foundation

/// A student's lesson sources handed in as a folder: either the `Exercises/` folder itself or a
/// checkout of the kit that contains one.
public struct Submission: Sendable {
    /// The folder holding the lesson folders.
    public let exercises: URL

    /// Finds the lesson folders in `folder`; a missing folder, or one without any lesson, is a
    /// clear error rather than a report of zeros.
    public init(folder: URL, lessons: [Lesson]) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw GradeError.failed("submission folder \(folder.path) does not exist")
        }
        let candidates = [folder.appendingPathComponent("Exercises"), folder]
        guard let exercises = candidates.first(where: { candidate in
            lessons.contains { FileManager.default.fileExists(atPath: candidate.appendingPathComponent($0.folder).path) }
        }) else {
            throw GradeError.failed("no lesson folders (\(lessons.first?.folder ?? "01-…"), …) in \(folder.path) " +
                                    "or its Exercises/ folder")
        }
        self.exercises = exercises
    }

    /// Each lesson's `.swift` files. A lesson the submission lacks, or whose folder holds no
    /// Swift file, gets the kit's shipped stubs from `stubs`, so it is graded as not started
    /// instead of breaking the build.
    public func sources(for lessons: [Lesson], stubs: URL) throws -> [String: [String: Data]] {
        var sources: [String: [String: Data]] = [:]
        for lesson in lessons {
            let handedIn = try KitMirror.sources(in: exercises.appendingPathComponent(lesson.folder))
            sources[lesson.folder] = handedIn.isEmpty
                ? try KitMirror.sources(in: stubs.appendingPathComponent(lesson.folder))
                : handedIn
        }
        return sources
    }
}
