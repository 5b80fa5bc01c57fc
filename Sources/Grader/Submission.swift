import CommandKit
import Foundation

/// A student's lesson files, read from wherever they were handed in, held in memory so that
/// nothing the submission ships besides its lesson sources (edited tests, a Makefile, a
/// Package.swift, symbolic links to the grader's files) can reach the grading.
public struct LessonFiles: Equatable, Sendable {
    /// Lesson folder → file name → contents.
    public var files: [String: [String: Data]]
    /// What the reading noticed (files ignored), for the report.
    public var notes: [Note]

    /// Something about a hand-in that its report mentions, in the report's language.
    public enum Note: Equatable, Sendable, CustomStringConvertible {
        /// A loose `.swift` file no lesson has.
        case unknownFile(String)
        /// A loose file of the same name as one already taken.
        case secondCopy(String)
        /// An upload with no lesson files at all (Gradescope).
        case nothingFound

        public var description: String { Language.english.phrases.note(self) }
    }

    public init(files: [String: [String: Data]], notes: [Note] = []) {
        self.files = files
        self.notes = notes
    }

    /// A submitted `.swift` file larger than this is not read (no lesson needs a tenth of it).
    static let maximumFileBytes = 1 << 20

    /// The `.swift` files directly inside `folder`: regular files only, none over the size limit.
    public static func swiftFiles(in folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        for file in SwiftSource.files(in: folder) {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: file.path),
                  attributes[.type] as? FileAttributeType == .typeRegular,
                  (attributes[.size] as? Int ?? 0) <= maximumFileBytes,
                  let data = try? Data(contentsOf: file) else { continue }
            files[file.lastPathComponent] = data
        }
        return files
    }

    /// Each lesson's files in `folder`'s lesson folders (an `Exercises/` or `Solutions/`).
    public static func lessons(in folder: URL, _ lessons: [Lesson]) -> LessonFiles {
        LessonFiles(files: Dictionary(uniqueKeysWithValues: lessons.map {
            ($0.folder, swiftFiles(in: folder.appendingPathComponent($0.folder)))
        }))
    }

    /// Reads a submission: an `Exercises/` folder, a kit checkout holding one, lesson folders
    /// anywhere below `folder` (an unpacked zip often adds a level), or loose `.swift` files
    /// matched to lessons by the names of the stubs (`Sigmoid.swift` belongs to 02-sigmoid).
    /// A lesson it does not contain is absent, and is graded as not started.
    public static func submission(at folder: URL, lessons: [Lesson], stubNames: [String: Set<String>]) throws -> LessonFiles {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw CommandError.failed("submission folder \(folder.path) does not exist")
        }
        let folders = lessonFolders(below: folder, lessons: lessons)
        if !folders.isEmpty {
            var result = LessonFiles(files: [:])
            for lesson in lessons {
                guard let place = folders[lesson.folder] else { continue }
                let files = swiftFiles(in: place)
                if !files.isEmpty { result.files[lesson.folder] = files }
            }
            return result
        }
        var result = LessonFiles(files: [:])
        for file in looseFiles(below: folder) {
            let name = file.lastPathComponent
            guard let lesson = lessons.first(where: { stubNames[$0.folder]?.contains(name) ?? false }) else {
                result.notes.append(.unknownFile(name))
                continue
            }
            guard result.files[lesson.folder]?[name] == nil else {
                result.notes.append(.secondCopy(name))
                continue
            }
            if let data = swiftFiles(in: file.deletingLastPathComponent())[name] {
                result.files[lesson.folder, default: [:]][name] = data
            }
        }
        if result.files.isEmpty {
            throw CommandError.failed("no lesson folders (\(lessons.first?.folder ?? "01-…"), …) and no lesson files " +
                                    "(\(stubNames.values.flatMap { $0 }.sorted().prefix(3).joined(separator: ", ")), …) in \(folder.path)")
        }
        return result
    }

    /// Lesson folders by name, the shallowest first, at most four levels down, not following links.
    private static func lessonFolders(below root: URL, lessons: [Lesson]) -> [String: URL] {
        let names = Set(lessons.map(\.folder))
        var found: [String: URL] = [:]
        var level = [root]
        for _ in 0..<5 where found.isEmpty && !level.isEmpty {
            var next: [URL] = []
            for folder in level {
                for name in ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
                where !name.hasPrefix(".") {
                    let url = folder.appendingPathComponent(name)
                    guard isRealFolder(url) else { continue }
                    if names.contains(name) { found[name] = found[name] ?? url } else { next.append(url) }
                }
            }
            level = next
        }
        return found
    }

    /// Every `.swift` file at most four levels down, shallowest first, not following links.
    private static func looseFiles(below root: URL) -> [URL] {
        var files: [URL] = []
        var level = [root]
        for _ in 0..<5 where !level.isEmpty {
            var next: [URL] = []
            for folder in level {
                for name in ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
                where !name.hasPrefix(".") {
                    let url = folder.appendingPathComponent(name)
                    if isRealFolder(url) { next.append(url) } else if name.hasSuffix(".swift") { files.append(url) }
                }
            }
            level = next
        }
        return files
    }

    private static func isRealFolder(_ url: URL) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType) == .typeDirectory
    }

    /// Writes every lesson's files into `root/<lesson folder>/` (replacing what was there) and
    /// returns them by lesson, for the compiler.
    public func write(to root: URL, lessons: [Lesson]) throws -> [Lesson: [URL]] {
        let manager = FileManager.default
        try? manager.removeItem(at: root)
        try manager.createDirectory(at: root, withIntermediateDirectories: true)
        var written: [Lesson: [URL]] = [:]
        for lesson in lessons {
            guard let files = self.files[lesson.folder], !files.isEmpty else { continue }
            let folder = root.appendingPathComponent(lesson.folder)
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            written[lesson] = try files.keys.sorted().map { name in
                let url = folder.appendingPathComponent(name)
                try files[name]!.write(to: url)
                return url
            }
        }
        return written
    }

    /// The file names of each lesson's stubs in the kit, to match loose files by.
    public static func stubNames(kit: URL, lessons: [Lesson]) -> [String: Set<String>] {
        Dictionary(uniqueKeysWithValues: lessons.map { lesson in
            (lesson.folder, Set(SwiftSource.files(in: kit.appendingPathComponent(lesson.sourceFolder(.exercises)))
                .map(\.lastPathComponent)))
        })
    }

    /// A digest of everything graded, to tell whether a submission changed since its last grade.
    public var fingerprint: String {
        var text = ""
        for folder in files.keys.sorted() {
            for name in files[folder]!.keys.sorted() {
                text += "\(folder)/\(name):\(files[folder]![name]!.base64EncodedString())\n"
            }
        }
        return (try? Fingerprint.of(files: [], extra: [text])) ?? ""
    }
}
