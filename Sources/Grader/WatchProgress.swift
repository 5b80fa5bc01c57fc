/// What `grade --watch` knows between saves: the latest result of every lesson and the lesson
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
        var lines = justCompleted.map { style.green("✓ \($0.folder) passes!") }
        if let focus, let result = results[focus.number] {
            lines.append(style.bold(focus.folder) + " · \(result.status.summary) · \(result.score)/\(result.maxScore) points")
            lines += renderer.details(result).map { "  " + $0 }
            if result.status == .notStarted {
                lines.append("  Read \(folder)/\(focus.folder)/README.md, then replace each unimplemented().")
            }
        } else {
            lines.append(style.green("Every lesson passes. Well done!"))
        }
        lines.append("")
        lines.append("Progress: \(progressBar) \(completeCount)/\(lessons.count) lessons complete")
        lines.append(style.dim("Watching \(folder)/: save a file to regrade its lesson; Ctrl-C to stop."))
        return lines.joined(separator: "\n")
    }

    /// One block per lesson: filled when complete.
    private var progressBar: String {
        lessons.map { results[$0.number]?.status.isComplete == true ? "█" : "░" }.joined()
    }
}
