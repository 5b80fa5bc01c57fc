import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns lesson results into the text a student reads: a score table, then what to fix first
/// in each lesson that is not done, then the total, in the student's language (the grader's
/// sentences from `Phrases`, the suites' hints from `HintCatalog`).
public struct ReportRenderer: Sendable {
    public let style: TextStyle
    /// The kit folder, so that compiler errors show `Exercises/…` rather than absolute paths.
    public let root: String
    /// How many failing checks to show per lesson; the rest are counted.
    public let failuresShown: Int
    public let language: Language

    public init(style: TextStyle, root: String, failuresShown: Int = 3, language: Language = .english) {
        self.style = style
        self.root = root
        self.failuresShown = failuresShown
        self.language = language
    }

    public var phrases: Phrases { language.phrases }

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
            return phrases.everyLessonPasses
        }
        return phrases.next(lesson)
    }

    /// One row per lesson: folder, points/max, status. Columns are measured in terminal
    /// columns, so Chinese headings (two columns a character) line up too.
    public func table(_ results: [LessonResult]) -> String {
        let (lesson, points, status) = (phrases.lessonHeading, phrases.pointsHeading, phrases.statusHeading)
        let width = max(results.map(\.lesson.folder.displayWidth).max() ?? 0, lesson.displayWidth) + 2
        let pointsWidth = max(results.map { self.points($0).displayWidth }.max() ?? 0, points.displayWidth)
        let header = style.bold(lesson.padded(to: width) + points.leftPadded(to: pointsWidth) + "  " + status)
        let rows = results.map { result in
            result.lesson.folder.padded(to: width) + self.points(result).leftPadded(to: pointsWidth)
                + "  " + paint(result.status)
        }
        return ([header] + rows).joined(separator: "\n")
    }

    /// `Total: 44/120 points · 3/11 lessons complete`.
    public func total(_ results: [LessonResult]) -> String {
        let score = results.reduce(0) { $0 + $1.score }
        let maximum = results.reduce(0) { $0 + $1.maxScore }
        let complete = results.filter(\.status.isComplete).count
        let text = phrases.total(score: score, maximum: maximum, complete: complete, lessons: results.count)
        return style.bold(text.points) + text.lessons
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
                    hint(inSuite ? phrases.suiteCannotCallYourCode : phrases.nothingGradedUntilItCompiles)]
        case .crashed(_, let exitStatus, let check, let report):
            if let exitStatus {
                lines.append(style.red(phrases.processQuit(status: exitStatus, check: check, report: report)))
                lines.append(hint(phrases.processQuitHint))
            } else {
                lines.append(style.red(phrases.crashed(check: check, report: report)))
                lines.append(hint(phrases.crashedHint))
            }
        case .timedOut(let seconds, let check):
            lines.append(style.red(phrases.timedOut(check: check, seconds: seconds)))
            lines.append(hint(phrases.timedOutHint))
        case .failing:
            break
        }
        let failed = result.checks.filter {
            if case .failed = $0.outcome { return true } else { return false }
        }
        for check in failed.prefix(failuresShown) {
            lines.append(style.red("✗ ") + check.check.name)
            if case .failed(let failures) = check.outcome, let first = failures.first {
                lines.append("    " + phrases.message(first.message))
                if let text = first.hint { lines.append("    " + hint(language.hint(text))) }
            }
        }
        let hidden = failed.count - min(failed.count, failuresShown)
        if hidden > 0 {
            lines.append(style.dim(phrases.moreFailingChecks(hidden)))
        }
        return lines
    }

    private func points(_ result: LessonResult) -> String {
        "\(result.score)/\(result.maxScore)"
    }

    private func hint(_ text: String) -> String {
        style.cyan(phrases.hintLabel) + text
    }

    private func paint(_ status: LessonStatus) -> String {
        let text = phrases.status(status)
        switch status {
        case .passed: return style.green(text)
        case .notStarted: return style.dim(text)
        case .failing: return style.yellow(text)
        case .doesNotCompile, .crashed, .timedOut: return style.red(text)
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
    /// The string followed by spaces up to `width` terminal columns (never truncated).
    func padded(to width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - displayWidth))
    }

    /// The string preceded by spaces up to `width` terminal columns, for right-aligned numbers.
    func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - displayWidth)) + self
    }

    /// The columns a terminal gives the string: two for each East Asian wide or full-width
    /// character (CJK ideographs, kana, Hangul, full-width punctuation), none for a combining
    /// mark, one for anything else.
    var displayWidth: Int {
        unicodeScalars.reduce(0) { width, scalar in
            switch scalar.value {
            case 0x0300...0x036F, 0x200B...0x200F: width
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
                 0xFFE0...0xFFE6, 0x20000...0x3FFFD: width + 2
            default: width + 1
            }
        }
    }
}
