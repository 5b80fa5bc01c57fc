import CommandKit
import Foundation

/// What the grader needs from `Package.swift`: the lessons in teaching order.
///
/// The manifest is the single source of truth, read through `swift package dump-package` in
/// its checker view (`KIT_GRADING=1`), where each lesson is the test target
/// `LessonNN<Topic>Grading` at `Tests/Grading/NN-topic`.
public struct KitManifest: Equatable, Sendable {
    public let lessons: [Lesson]

    public init(lessons: [Lesson]) {
        self.lessons = lessons
    }

    /// Reads the JSON of `swift package dump-package`.
    public init(manifestJSON: Data) throws {
        guard let manifest = try? JSONSerialization.jsonObject(with: manifestJSON) as? [String: Any],
              let targets = manifest["targets"] as? [[String: Any]]
        else { throw CommandError.failed("could not read the lessons from Package.swift's description") }
        var lessons: [Lesson] = []
        for target in targets {
            guard let name = target["name"] as? String, name.hasSuffix("Grading"),
                  let path = target["path"] as? String,
                  let folder = path.firstMatch(of: /^Tests\/Grading\/(\d\d-[^\/]+)$/)?.1 else { continue }
            lessons.append(Lesson(folder: String(folder), module: String(name.dropLast("Grading".count))))
        }
        guard !lessons.isEmpty else { throw CommandError.failed("Package.swift declares no lessons") }
        self.init(lessons: lessons.sorted { $0.number < $1.number })
    }

    /// Asks SwiftPM for the grading package's description with every lesson in it, using its
    /// own `scratch` so as not to wait for a lock on anyone else's build folder.
    ///
    /// The description is kept beside the scratch folder under the manifest's fingerprint, so
    /// that a regrade, a watch cycle or a class worker does not ask SwiftPM again.
    public static func load(kit: URL, scratch: URL, logs: URL) throws -> KitManifest {
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let key = try Fingerprint.of(files: [kit.appendingPathComponent("Package.swift")])
        let cached = scratch.appendingPathComponent("manifest-\(key).json")
        if let data = try? Data(contentsOf: cached), let manifest = try? KitManifest(manifestJSON: data) {
            return manifest
        }
        let json = logs.appendingPathComponent("manifest.json")
        let errors = logs.appendingPathComponent("manifest.log")
        let termination = try Subprocess(
            "swift", ["package", "--package-path", kit.path, "--scratch-path", scratch.path, "dump-package"],
            environment: ["KIT_GRADING": "1"], output: json, errorOutput: errors,
            timeout: 600
        ).run()
        guard termination == .exited(0) else {
            let detail = (try? String(contentsOf: errors, encoding: .utf8))?
                .split(whereSeparator: \.isNewline).first { $0.contains("error") } ?? "see \(errors.path)"
            throw CommandError.failed("could not read Package.swift: \(detail)")
        }
        let data = try Data(contentsOf: json)
        let manifest = try KitManifest(manifestJSON: data)
        try? AtomicFile.write(data, to: cached)
        return manifest
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
            throw CommandError.usage("no lesson '\(query)'; the lessons are " +
                                   lessons.map(\.folder).joined(separator: ", "))
        }
        return match
    }
}

/// One lesson of the kit: folder `NN-topic` in `Exercises/` and `Solutions/`, compiled as module
/// `LessonNN<Topic>` and graded by test module `LessonNN<Topic>Grading` from
/// `Tests/Grading/NN-topic/`.
public struct Lesson: Hashable, Sendable {
    /// The two-digit number, `"02"`.
    public let number: String
    /// The folder name, `"02-sigmoid"`.
    public let folder: String
    /// The lesson's module, `"Lesson02Sigmoid"`.
    public let module: String

    public init(folder: String, module: String) {
        self.number = String(folder.prefix(2))
        self.folder = folder
        self.module = module
    }

    /// The grading-suite module, which is also the test-ID prefix the test binary filters on.
    public var gradingModule: String { module + "Grading" }

    /// The folder of this lesson's grading suites, relative to the kit.
    public var gradingFolder: String { "Tests/Grading/\(folder)" }

    /// This lesson's source folder for `implementation`, relative to the kit.
    public func sourceFolder(_ implementation: Implementation) -> String {
        "\(implementation.folder)/\(folder)"
    }
}

/// Which copy of the lessons a grading run compiles: the student's stubs or the references.
///
/// It is the grader's side of the manifest's `KIT_IMPL` switch.
public enum Implementation: String, Sendable, CaseIterable {
    case exercises
    case solutions

    /// The kit folder that holds this implementation's lesson folders.
    public var folder: String {
        switch self {
        case .exercises: "Exercises"
        case .solutions: "Solutions"
        }
    }
}

