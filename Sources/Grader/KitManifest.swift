import Foundation

/// What the grader needs from `Package.swift`: the lessons in teaching order, and the folders
/// the grading package (`KIT_GRADING=1`) compiles besides the lessons' own sources.
///
/// The manifest is the single source of truth, read through `swift package dump-package`, so
/// that neither list can drift from it: when the manifest adds a module the grading package
/// needs (as lesson 11's training check needs the trainer), pristine copies of the kit get it.
public struct KitManifest: Equatable, Sendable {
    public let lessons: [Lesson]
    /// Folders of every other target, relative to the kit: the core, the grading support, the
    /// grading suites, whatever else they depend on.
    public let supportPaths: [String]

    public init(lessons: [Lesson], supportPaths: [String] = []) {
        self.lessons = lessons
        self.supportPaths = supportPaths
    }

    /// Reads the JSON of `swift package dump-package`. A lesson is a target whose path is
    /// `Exercises/NN-topic` or `Solutions/NN-topic`; a target without a path lives in SwiftPM's
    /// default folder, `Sources/<name>` (or `Tests/<name>` for a test target).
    public init(manifestJSON: Data) throws {
        guard let manifest = try? JSONSerialization.jsonObject(with: manifestJSON) as? [String: Any],
              let targets = manifest["targets"] as? [[String: Any]]
        else { throw GradeError.failed("could not read the lessons from Package.swift's description") }
        let folders = Implementation.allCases.map(\.folder)
        var lessons: [Lesson] = []
        var support: [String] = []
        for target in targets {
            guard let name = target["name"] as? String else { continue }
            let path = target["path"] as? String
                ?? "\(target["type"] as? String == "test" ? "Tests" : "Sources")/\(name)"
            let parts = path.split(separator: "/", maxSplits: 1).map(String.init)
            if parts.count == 2, folders.contains(parts[0]), parts[1].contains(/^\d\d-[^\/]+$/) {
                lessons.append(Lesson(folder: parts[1], module: name))
            } else {
                support.append(path)
            }
        }
        guard !lessons.isEmpty else { throw GradeError.failed("Package.swift declares no lessons") }
        self.init(lessons: lessons.sorted { $0.number < $1.number }, supportPaths: support.sorted())
    }

    /// Asks SwiftPM for the grading package's description with every lesson in it, using its
    /// own `scratch` so as not to wait for a lock on anyone else's build folder.
    public static func load(kit: URL, scratch: URL, logs: URL) throws -> KitManifest {
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
        return try KitManifest(manifestJSON: Data(contentsOf: json))
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
