import Foundation

/// `grade --watch`: grade everything once, then regrade a lesson each time one of its files is
/// saved, showing the lesson in focus, its first failure and hint, and the progress.
public struct Watcher: Sendable {
    public let round: GradingRound
    public let lessons: [Lesson]
    public let pinned: Lesson?
    public let renderer: ReportRenderer
    /// Clear the terminal before each screen (only when it is one).
    public let clearScreen: Bool
    /// Stop after this many polls (for scripts); nil watches until Ctrl-C.
    public let cycles: Int?
    /// Seconds between polls.
    public let interval: Double

    public init(round: GradingRound, lessons: [Lesson], pinned: Lesson?, renderer: ReportRenderer,
                clearScreen: Bool, cycles: Int?, interval: Double = 0.5) {
        self.round = round
        self.lessons = lessons
        self.pinned = pinned
        self.renderer = renderer
        self.clearScreen = clearScreen
        self.cycles = cycles
        self.interval = interval
    }

    public func run(output: (String) -> Void, status: (String) -> Void) throws {
        var progress = WatchProgress(lessons: lessons, pinned: pinned)
        progress.record(try round.grade(lessons, progress: status))
        show(progress, output)
        var snapshot = takeSnapshot()
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
                progress.record(try round.grade(regraded, progress: status))
                show(progress, output)
            } catch {
                // A broken kit must not end the session: the next save may fix it.
                output("grade: \(error)")
            }
        }
    }

    private func takeSnapshot() -> SourceSnapshot {
        SourceSnapshot.take(kit: round.kit, implementation: round.implementation, lessons: lessons)
    }

    private func show(_ progress: WatchProgress, _ output: (String) -> Void) {
        let screen = progress.screen(renderer: renderer, watching: round.implementation.folder)
        output((clearScreen ? "\u{1B}[2J\u{1B}[H" : "\n") + screen)
    }
}
