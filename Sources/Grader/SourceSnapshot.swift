import Foundation

/// The modification times and sizes of every lesson's `.swift` files at one moment; comparing
/// two snapshots tells `grade --watch` which lessons a save touched.
///
/// Polling is what rustlings does too: it works the same on Linux and macOS, needs no
/// file-system event API, and a poll of a few dozen files every half second costs nothing.
public struct SourceSnapshot: Equatable, Sendable {
    /// Lesson number → file name → fingerprint (modification time and size).
    public let fingerprints: [String: [String: String]]

    public init(fingerprints: [String: [String: String]]) {
        self.fingerprints = fingerprints
    }

    /// Reads the `.swift` files of each lesson's folder for `implementation` in `kit`.
    public static func take(kit: URL, implementation: Implementation, lessons: [Lesson]) -> SourceSnapshot {
        var fingerprints: [String: [String: String]] = [:]
        for lesson in lessons {
            var files: [String: String] = [:]
            for file in SwiftSource.files(in: kit.appendingPathComponent(lesson.sourceFolder(implementation))) {
                let attributes = try? FileManager.default.attributesOfItem(atPath: file.path)
                let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                let size = attributes?[.size] as? Int ?? 0
                files[file.lastPathComponent] = "\(modified)/\(size)"
            }
            fingerprints[lesson.number] = files
        }
        return SourceSnapshot(fingerprints: fingerprints)
    }

    /// The numbers of the lessons whose files were added, removed or modified since `earlier`,
    /// in order.
    public func changedLessons(since earlier: SourceSnapshot) -> [String] {
        Set(fingerprints.keys).union(earlier.fingerprints.keys)
            .filter { fingerprints[$0] != earlier.fingerprints[$0] }
            .sorted()
    }
}
