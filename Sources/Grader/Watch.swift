import Foundation

/// `grade watch`: grade everything once, then regrade a lesson each time one of its files is
/// saved, showing the lesson in focus, its first failure and hint, and the progress.
///
/// Every save leads to a grade of what is on disk: the baseline a change is measured against
/// is taken *before* each grading starts, so a file saved while the lessons are still being
/// built or checked counts as changed at the next poll.
public struct Watcher: Sendable {
    public let setup: GradingSetup
    public let implementation: Implementation
    public var lessons: [Lesson] { setup.manifest.lessons }
    public let pinned: Lesson?
    public let renderer: ReportRenderer
    /// Clear the terminal before each screen (only when it is one).
    public let clearScreen: Bool
    /// Stop after this many polls (for scripts); nil watches until Ctrl-C.
    public let cycles: Int?
    /// Seconds between polls.
    public let interval: Double

    public init(setup: GradingSetup, implementation: Implementation, pinned: Lesson?, renderer: ReportRenderer,
                clearScreen: Bool, cycles: Int?, interval: Double = 0.5) {
        self.setup = setup
        self.implementation = implementation
        self.pinned = pinned
        self.renderer = renderer
        self.clearScreen = clearScreen
        self.cycles = cycles
        self.interval = interval
    }

    public func run(output: (String) -> Void, status: (String) -> Void) throws {
        var progress = WatchProgress(lessons: lessons, pinned: pinned)
        var snapshot = takeSnapshot()
        progress.record(try setup.gradeInPlace(implementation, lessons: lessons, progress: status))
        show(progress, output)
        status(setup.policy.summary(in: renderer.language))
        var cycle = 0
        while cycles.map({ cycle < $0 }) ?? true {
            cycle += 1
            usleep(UInt32(interval * 1_000_000))
            let changed = takeSnapshot().changedLessons(since: snapshot)
            guard !changed.isEmpty else { continue }
            // Editors often save in several writes: let the burst end, and take its end as
            // the new baseline.
            usleep(200_000)
            snapshot = takeSnapshot()
            let regraded = lessons.filter { changed.contains($0.number) }
            do {
                progress.record(try setup.gradeInPlace(implementation, lessons: regraded, progress: status))
                show(progress, output)
            } catch {
                // A broken kit must not end the session: the next save may fix it.
                output("grade: \(error)")
            }
        }
    }

    private func takeSnapshot() -> SourceSnapshot {
        SourceSnapshot.take(kit: setup.kit, implementation: implementation, lessons: lessons)
    }

    private func show(_ progress: WatchProgress, _ output: (String) -> Void) {
        let screen = progress.screen(renderer: renderer, watching: implementation.folder)
        output((clearScreen ? "\u{1B}[2J\u{1B}[H" : "\n") + screen)
    }
}

/// What `grade watch` knows between saves: the latest result of every lesson and the lesson
/// in focus, the one whose status, first failure and hint the screen shows.
public struct WatchProgress: Sendable {
    public let lessons: [Lesson]
    /// The lesson given with `--lesson`, which keeps the focus whatever happens.
    public let pinned: Lesson?
    public private(set) var results: [String: LessonResult] = [:]
    /// Nil once every lesson is complete.
    public private(set) var focus: Lesson?
    /// The lessons the latest regrade completed, to congratulate on.
    public private(set) var justCompleted: [Lesson] = []

    public init(lessons: [Lesson], pinned: Lesson?) {
        self.lessons = lessons
        self.pinned = pinned
    }

    /// Takes in new results. The focus goes to the pinned lesson, else to the first regraded
    /// lesson that is still incomplete (the student is working there), else, rustlings-style,
    /// to the first incomplete lesson of the course.
    public mutating func record(_ new: [LessonResult]) {
        justCompleted = new.filter { result in
            result.status.isComplete && results[result.lesson.number].map { !$0.status.isComplete } ?? false
        }.map(\.lesson)
        for result in new { results[result.lesson.number] = result }
        let incomplete = lessons.filter { results[$0.number]?.status.isComplete != true }
        let regraded = new.map(\.lesson).filter { lesson in incomplete.contains(lesson) }
        focus = pinned ?? regraded.first ?? incomplete.first
    }

    public var completeCount: Int {
        lessons.filter { results[$0.number]?.status.isComplete == true }.count
    }

    /// The screen: the focus lesson's status line, its first failure and hint, the progress.
    public func screen(renderer: ReportRenderer, watching folder: String) -> String {
        let style = renderer.style
        let phrases = renderer.phrases
        var lines = justCompleted.map { style.green(phrases.lessonPasses($0.folder)) }
        if let focus, let result = results[focus.number] {
            lines.append(style.bold(focus.folder)
                         + phrases.focus(status: phrases.status(result.status), score: result.score, maximum: result.maxScore))
            lines += renderer.details(result).map { "  " + $0 }
            if result.status == .notStarted {
                lines.append("  " + phrases.startHere(focus, in: folder))
            }
        } else {
            lines.append(style.green(phrases.wellDone))
        }
        lines.append("")
        lines.append(phrases.progress(bar: progressBar, complete: completeCount, lessons: lessons.count))
        lines.append(style.dim(phrases.watching(folder)))
        return lines.joined(separator: "\n")
    }

    /// One block per lesson: filled when complete.
    private var progressBar: String {
        lessons.map { results[$0.number]?.status.isComplete == true ? "█" : "░" }.joined()
    }
}

/// The modification times and sizes of every lesson's `.swift` files at one moment; comparing
/// two snapshots tells `grade watch` which lessons a save touched.
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
