import Foundation

/// A private copy of the grading package whose lesson sources come from somewhere else: a
/// student's submission, a mutant, a broken fixture, the pristine stubs.
///
/// Only what the grading package needs is copied from the kit (its manifest, the folders of
/// its other targets, the reference tables), so that nothing a submission ships besides its
/// lesson sources (edited tests, Makefile, Package.swift) can change the grade. Files are
/// rewritten only when their contents differ, and stale files are deleted: SwiftPM decides what
/// to recompile by modification time, so an update that touches one lesson file costs one
/// lesson's rebuild, not a full one.
public struct KitMirror: Sendable {
    /// The grader's own kit, the source of everything but the lessons.
    public let kit: URL
    public let destination: URL
    /// The grading package's non-lesson target folders (`KitManifest.supportPaths`).
    public let supportPaths: [String]

    /// What the grading package reads that no target declares: the manifest itself and the
    /// reference tables the suites load at run time.
    static let dataPaths = ["Package.swift", "Tests/Fixtures"]

    public init(kit: URL, destination: URL, supportPaths: [String]) {
        self.kit = kit
        self.destination = destination
        self.supportPaths = supportPaths
    }

    /// Makes the mirror hold the kit's support files plus, in `implementation`'s folder, each
    /// lesson's README.md from the kit and its `.swift` files from `sources` (lesson folder →
    /// file name → contents).
    public func update(implementation: Implementation, lessons: [Lesson],
                       sources: [String: [String: Data]]) throws {
        var wanted: [String: Data] = [:]
        for path in Self.dataPaths + supportPaths {
            try collect(kit.appendingPathComponent(path), as: path, into: &wanted)
        }
        for lesson in lessons {
            let folder = lesson.sourceFolder(implementation)
            let readme = kit.appendingPathComponent("\(folder)/README.md")
            if let text = try? Data(contentsOf: readme) { wanted["\(folder)/README.md"] = text }
            for (name, contents) in sources[lesson.folder] ?? [:] {
                wanted["\(folder)/\(name)"] = contents
            }
        }
        try synchronise(wanted)
    }

    /// The `.swift` files directly inside `folder` by name: one lesson's sources.
    public static func sources(in folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for file in SwiftSource.files(in: folder) {
            files[file.lastPathComponent] = try Data(contentsOf: file)
        }
        return files
    }

    /// Adds the file at `url`, or every file below it, keyed by path relative to the mirror.
    private func collect(_ url: URL, as path: String, into wanted: inout [String: Data]) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else {
            wanted[path] = try Data(contentsOf: url)
            return
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: url.path) where !name.hasPrefix(".") {
            try collect(url.appendingPathComponent(name), as: "\(path)/\(name)", into: &wanted)
        }
    }

    private func synchronise(_ wanted: [String: Data]) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: destination, withIntermediateDirectories: true)
        for path in manager.subpaths(atPath: destination.path) ?? [] where wanted[path] == nil {
            var isFolder: ObjCBool = false
            let url = destination.appendingPathComponent(path)
            if manager.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                try manager.removeItem(at: url)
            }
        }
        for (path, contents) in wanted {
            let url = destination.appendingPathComponent(path)
            if (try? Data(contentsOf: url)) == contents { continue }
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: url)
        }
    }
}
