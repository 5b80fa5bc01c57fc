import Foundation

/// The kit's lessons, in teaching order, as `Package.swift` declares them.
///
/// The manifest is the single source of truth: the catalog is read from
/// `swift package dump-package` (in grading mode), where every lesson is a target whose path is
/// `Exercises/NN-topic`, rather than from a second list that could drift from it.
public struct LessonCatalog: Equatable, Sendable {
    public let lessons: [Lesson]

    public init(lessons: [Lesson]) {
        self.lessons = lessons
    }

    /// Reads the lessons from the JSON of `swift package dump-package`.
    public init(manifestJSON: Data) throws {
        guard let manifest = try? JSONSerialization.jsonObject(with: manifestJSON) as? [String: Any],
              let targets = manifest["targets"] as? [[String: Any]]
        else { throw GradeError.failed("could not read the lessons from Package.swift's description") }
        let folders = Implementation.allCases.map(\.folder)
        let lessons = targets.compactMap { target -> Lesson? in
            guard let name = target["name"] as? String, let path = target["path"] as? String,
                  let slash = path.firstIndex(of: "/"), folders.contains(String(path[..<slash])),
                  path[path.index(after: slash)...].contains(/^\d\d-[^\/]+$/)
            else { return nil }
            return Lesson(folder: String(path[path.index(after: slash)...]), module: name)
        }
        guard !lessons.isEmpty else { throw GradeError.failed("Package.swift declares no lessons") }
        self.init(lessons: lessons.sorted { $0.number < $1.number })
    }

    /// Asks SwiftPM for the manifest of the kit at `kit` (using `scratch`, so as not to wait
    /// for a lock on anyone else's build folder).
    public static func load(kit: URL, scratch: URL, logs: URL) throws -> LessonCatalog {
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        let json = logs.appendingPathComponent("manifest.json")
        let errors = logs.appendingPathComponent("manifest.log")
        let termination = try Subprocess(
            "swift", ["package", "--package-path", kit.path, "--scratch-path", scratch.path, "dump-package"],
            environment: ["KIT_GRADING": "1", "KIT_LESSONS": ""], output: json, errorOutput: errors,
            timeout: 600
        ).run()
        guard termination == .exited(0) else {
            let detail = (try? String(contentsOf: errors, encoding: .utf8))?
                .split(whereSeparator: \.isNewline).first { $0.contains("error") } ?? "see \(errors.path)"
            throw GradeError.failed("could not read Package.swift: \(detail)")
        }
        return try LessonCatalog(manifestJSON: Data(contentsOf: json))
    }

    /// The lesson `query` names: its number (`2`, `02`), its topic (`sigmoid`) or its folder
    /// (`02-sigmoid`). Anything else is a usage error listing the lessons.
    public func resolve(_ query: String) throws -> Lesson {
        let wanted = query.lowercased()
        let match = lessons.first { lesson in
            if let number = Int(wanted) { return Int(lesson.number) == number }
            return lesson.folder.lowercased() == wanted || lesson.folder.dropFirst(3).lowercased() == wanted
        }
        guard let match else {
            throw GradeError.usage("no lesson '\(query)'; the lessons are " +
                                   lessons.map(\.folder).joined(separator: ", "))
        }
        return match
    }
}
