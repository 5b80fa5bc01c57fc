import Foundation

/// `grade --watch`: grade everything once, then regrade a lesson each time one of its files is
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
        status(setup.policy.summary)
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
