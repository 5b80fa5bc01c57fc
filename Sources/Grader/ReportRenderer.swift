import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns lesson results into the text a student reads: a score table, then what to fix first
/// in each lesson that is not done, then the total.
public struct ReportRenderer: Sendable {
    public let style: TextStyle
    /// The kit folder, so that compiler errors show `Exercises/…` rather than absolute paths.
    public let root: String
    /// How many failing checks to show per lesson; the rest are counted.
    public let failuresShown: Int

    public init(style: TextStyle, root: String, failuresShown: Int = 3) {
        self.style = style
        self.root = root
        self.failuresShown = failuresShown
    }

    /// The whole report.
    public func report(_ results: [LessonResult]) -> String {
        var sections = [table(results)]
        for result in results {
            let lines = details(result)
            if !lines.isEmpty {
                sections.append(([style.bold(result.lesson.folder)] + lines.map { "  " + $0 })
                    .joined(separator: "\n"))
            }
        }
        sections.append(total(results) + "\n" + next(results))
        return sections.joined(separator: "\n\n")
    }

    /// Where to go from here: the first graded lesson that is not complete, or, once all are,
    /// the experiment that trains the student's own activations.
    public func next(_ results: [LessonResult]) -> String {
        guard let lesson = results.first(where: { !$0.status.isComplete })?.lesson else {
            return "Every graded lesson passes: see your activations train with "
                + "`swift run -c release lab experiment custom`."
        }
        return "Next: \(lesson.folder) — read Exercises/\(lesson.folder)/README.md, "
            + "then run `make watch LESSON=\(lesson.number)`."
    }

    /// One row per lesson: folder, points/max, status.
    public func table(_ results: [LessonResult]) -> String {
        let width = max(results.map(\.lesson.folder.count).max() ?? 0, "Lesson".count) + 2
        let pointsWidth = max(results.map { points($0).count }.max() ?? 0, "Points".count)
        let header = style.bold("Lesson".padded(to: width) + "Points".leftPadded(to: pointsWidth) + "  Status")
        let rows = results.map { result in
            result.lesson.folder.padded(to: width) + points(result).leftPadded(to: pointsWidth)
                + "  " + paint(result.status)
        }
        return ([header] + rows).joined(separator: "\n")
    }

    /// `Total: 44/120 points · 3/11 lessons complete`.
    public func total(_ results: [LessonResult]) -> String {
        let score = results.reduce(0) { $0 + $1.score }
        let maximum = results.reduce(0) { $0 + $1.maxScore }
        let complete = results.filter(\.status.isComplete).count
        return style.bold("Total: \(score)/\(maximum) points") + " · \(complete)/\(results.count) lessons complete"
    }

    /// What to look at in a lesson that is not done: the compiler error, the crash or timeout,
    /// and the first failing checks with their hints. Nothing for a passed or untouched lesson.
    public func details(_ result: LessonResult) -> [String] {
        var lines: [String] = []
        switch result.status {
        case .passed, .notStarted:
            return []
        case .doesNotCompile(let error):
            // An error inside the grading suite means the suite could not call the lesson's API.
            let inSuite = error.file.contains("/Tests/Grading/")
            return [style.red(error.summary(relativeTo: root)),
                    hint(inSuite ? "the checks cannot call your code: keep the names and signatures the stub declared"
                                 : "nothing in this lesson can be graded until it compiles")]
        case .crashed(_, let exitStatus, let check, let report):
            let place = check.map { " in “\($0)”" } ?? ""
            let message = (report.message.map { ": \($0)" } ?? "") + (report.location.map { " (\($0))" } ?? "")
            if let exitStatus {
                lines.append(style.red("your code's process quit (status \(exitStatus))\(place)\(message)"))
                lines.append(hint("a lesson function must return its answer; do not call exit()"))
            } else {
                lines.append(style.red("crashed\(place)\(message)"))
                lines.append(hint("the checks that do not reach the crashing input keep their points"))
            }
        case .timedOut(let seconds, let check):
            let running = check.map { "“\($0)” got no answer" } ?? "a check got no answer"
            lines.append(style.red("\(running) within \(LessonStatus.format(seconds)) s"))
            lines.append(hint("look for a loop that never ends; the checks that got their answers keep their points"))
        case .failing:
            break
        }
        let failed = result.checks.filter {
            if case .failed = $0.outcome { return true } else { return false }
        }
        for check in failed.prefix(failuresShown) {
            lines.append(style.red("✗ ") + check.check.name)
            if case .failed(let failures) = check.outcome, let first = failures.first {
                lines.append("    " + first.message)
                if let text = first.hint { lines.append("    " + hint(text)) }
            }
        }
        let hidden = failed.count - min(failed.count, failuresShown)
        if hidden > 0 {
            lines.append(style.dim("… and \(hidden) more failing check\(hidden == 1 ? "" : "s")"))
        }
        return lines
    }

    private func points(_ result: LessonResult) -> String {
        "\(result.score)/\(result.maxScore)"
    }

    private func hint(_ text: String) -> String {
        style.cyan("hint: ") + text
    }

    private func paint(_ status: LessonStatus) -> String {
        switch status {
        case .passed: style.green(status.summary)
        case .notStarted: style.dim(status.summary)
        case .failing: style.yellow(status.summary)
        case .doesNotCompile, .crashed, .timedOut: style.red(status.summary)
        }
    }
}

/// ANSI colours for the report, or none: colour only goes to a terminal, and never when the
/// user set `NO_COLOR` (https://no-color.org), so logs, pipes and CI output stay plain.
public struct TextStyle: Sendable {
    public let colour: Bool

    public init(colour: Bool) {
        self.colour = colour
    }

    /// The style for standard output as the user's terminal and environment ask for it.
    public static func forStandardOutput(environment: [String: String]) -> TextStyle {
        let noColour = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return TextStyle(colour: isatty(STDOUT_FILENO) == 1 && !noColour)
    }

    public func bold(_ text: String) -> String { paint(text, "1") }
    public func dim(_ text: String) -> String { paint(text, "2") }
    public func red(_ text: String) -> String { paint(text, "31") }
    public func green(_ text: String) -> String { paint(text, "32") }
    public func yellow(_ text: String) -> String { paint(text, "33") }
    public func cyan(_ text: String) -> String { paint(text, "36") }

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

extension String {
    /// The string followed by spaces up to `width` characters (never truncated).
    func padded(to width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - count))
    }

    /// The string preceded by spaces up to `width` characters, for right-aligned numbers.
    func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
