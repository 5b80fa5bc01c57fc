import GradingProtocol

/// A lesson's grade: its verdict and every check's outcome.
public struct LessonResult: Equatable, Sendable {
    public let lesson: Lesson
    public let status: LessonStatus
    public let checks: [CheckResult]

    public init(lesson: Lesson, status: LessonStatus, checks: [CheckResult]) {
        self.lesson = lesson
        self.status = status
        self.checks = checks
    }

    /// A lesson that could not be built: nothing earned, its maximum taken from the checks
    /// scanned in its grading suites.
    public static func uncompiled(_ lesson: Lesson, error: CompilerDiagnostic,
                                  checks: [GradedCheck]) -> LessonResult {
        LessonResult(lesson: lesson, status: .doesNotCompile(error),
                     checks: checks.map { CheckResult(check: $0, outcome: .notRun) })
    }

    public var score: Int { checks.reduce(0) { $0 + $1.score } }
    public var maxScore: Int { checks.reduce(0) { $0 + $1.maxScore } }

    /// The checks that did not pass, in listing order.
    public var failingChecks: [CheckResult] { checks.filter { $0.outcome != .passed } }
}

/// The one-phrase verdict on a lesson shown in the score table.
public enum LessonStatus: Equatable, Sendable {
    /// Every check passed.
    case passed
    /// This many checks did not pass.
    case failing(Int)
    /// Nothing earned yet and a lesson file still calls `unimplemented()`.
    case notStarted
    /// The lesson (or its grading suite, against the lesson's API) did not compile; the first
    /// compiler error.
    case doesNotCompile(CompilerDiagnostic)
    /// The driver died (`signal`), quit (`exitStatus`) or garbled a reply while answering `check`.
    case crashed(signal: Int32?, exitStatus: Int32?, check: String?, report: CrashReport)
    /// The driver did not answer `check` within its time limit and was killed.
    case timedOut(seconds: Double, check: String?)

    /// Classifies a lesson that built and ran, from what its checker recorded. Whatever the
    /// driver did wrong takes precedence over the scores (which are still what its answers
    /// earned): a time-out first, then a crash, an early exit or a garbled reply. "Not
    /// started" needs both no points and a remaining `unimplemented()`, so a started-but-wrong
    /// lesson reads as failing rather than untouched.
    public static func classify(run: Checker.Run, callsUnimplemented: Bool) -> LessonStatus {
        if let timeout = run.incidents.first(where: { $0.kind == .timeout }) {
            return .timedOut(seconds: timeout.seconds ?? 0, check: timeout.check)
        }
        if let crash = run.incidents.first {
            return .crashed(signal: crash.signal, exitStatus: crash.status, check: crash.check,
                            report: CrashReport(message: crash.message, location: nil))
        }
        // The checker runs no student code: if it did not finish, the grader or the kit is at fault.
        guard run.events.finished, run.termination == .exited(0) || run.termination == .exited(1) else {
            return .crashed(signal: nil, exitStatus: nil, check: run.events.interruptedCheck,
                            report: CrashReport(message: nil, location: nil,
                                                checksStopped: ChecksStopped(termination: run.termination, log: run.log.path)))
        }
        let results = run.events.results
        let failing = results.filter { $0.outcome != .passed }.count
        if failing == 0 { return .passed }
        if callsUnimplemented && results.allSatisfy({ $0.score == 0 }) { return .notStarted }
        return .failing(failing)
    }

    /// The table's status column in English: `passed`, `3 checks failing`, `crashed (signal 4:
    /// SIGILL)`… (`Phrases.status` gives it in the report's language).
    public var summary: String { Language.english.phrases.status(self) }

    /// Whether the lesson earned everything it could.
    public var isComplete: Bool { self == .passed }

    /// `20` rather than `20.0`, `0.5` as it is.
    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}

/// A check together with how it ended.
public struct CheckResult: Equatable, Sendable {
    public let check: GradedCheck
    public let outcome: CheckOutcome

    public init(check: GradedCheck, outcome: CheckOutcome) {
        self.check = check
        self.outcome = outcome
    }

    /// The points earned: all of them iff the check passed (the contract has no partial credit).
    public var score: Int {
        outcome == .passed ? maxScore : 0
    }

    /// The points at stake; a check without points in its name is worth nothing.
    public var maxScore: Int {
        check.points ?? 0
    }
}

/// How one check ended in a test run.
public enum CheckOutcome: Equatable, Sendable {
    /// It ended without recording an issue: full points.
    case passed
    /// It ended with at least one issue (or was skipped): no points.
    case failed([Failure])
    /// It started but the process died (crash or timeout) before it ended: no points.
    case interrupted
    /// It never started: the lesson did not compile, or the process died earlier.
    case notRun
}

/// One graded check as the grader lists it: a `@Test` of a grading suite and the points its
/// display name promises. (The suites' own `Check`, in GradingSupport, is what records a
/// check's failures while it runs.)
public struct GradedCheck: Equatable, Sendable {
    /// The display name, e.g. `sigmoid(0) is one half [1 pt]`.
    public let name: String
    /// The points at the end of the name, or nil when the name carries none (a suite bug that
    /// `grade self-check` reports).
    public let points: Int?

    public init(name: String, points: Int?) {
        self.name = name
        self.points = points
    }

    /// A check whose points are read from its display name.
    public init(name: String) {
        self.init(name: name, points: GradedCheck.points(inName: name))
    }

    /// The points a display name ends with, by the grading contract's rule
    /// `\[(\d+) pts?\]$`: `"… [2 pts]"` → 2, `"… [1 pt]"` → 1, anything else → nil.
    public static func points(inName name: String) -> Int? {
        guard let match = name.firstMatch(of: /\[(\d+) pts?\]$/) else { return nil }
        return Int(match.1)
    }
}

/// One recorded issue of a failing check, split the way the grading contract writes it:
/// `<what happened> | hint: <hint>`.
public struct Failure: Equatable, Sendable {
    /// What went wrong, e.g. `sigmoid(-100): got 0, expected 3.72007598e-44 (1.1e9 ulps)`.
    public let message: String
    /// How to fix it, when the suite gave a hint.
    public let hint: String?

    public init(message: String, hint: String?) {
        self.message = message
        self.hint = hint
    }

    /// Splits an issue's text at the first ` | hint: `.
    public init(issueText: String) {
        if let range = issueText.range(of: " | hint: ") {
            self.init(message: String(issueText[..<range.lowerBound]),
                      hint: String(issueText[range.upperBound...]))
        } else {
            self.init(message: issueText, hint: nil)
        }
    }
}

/// What a crashed driver left on its standard error that helps a student: the runtime's
/// `Fatal error: …` line (the checks keep the start of that output; see `Submission`).
public struct CrashReport: Equatable, Sendable {
    /// E.g. `Fatal error: Index out of range`.
    public let message: String?
    /// Where in the student's sources, when known.
    public let location: String?
    /// Set when it was the checks that stopped, not the student's code: a problem of the grader.
    public let checksStopped: ChecksStopped?

    public init(message: String?, location: String?, checksStopped: ChecksStopped? = nil) {
        self.message = message
        self.location = location
        self.checksStopped = checksStopped
    }
}

/// How the checker itself ended when it did not finish, and its log.
public struct ChecksStopped: Equatable, Sendable {
    public let termination: Termination
    public let log: String

    public init(termination: Termination, log: String) {
        self.termination = termination
        self.log = log
    }
}

/// One `error:` line of compiler output: `/path/File.swift:12:5: error: message`.
public struct CompilerDiagnostic: Equatable, Sendable {
    public let file: String
    public let line: Int
    public let column: Int
    public let message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// Every located error in a build log, in order. Warnings, notes and the source excerpts
    /// the compiler draws under each error are skipped.
    public static func errors(in log: String) -> [CompilerDiagnostic] {
        log.split(whereSeparator: \.isNewline).compactMap { line in
            // The linker's errors (`undefined reference`) carry a line but no column.
            guard let match = line.wholeMatch(of: /(.+?):(\d+)(?::(\d+))?: error: (.*)/),
                  let lineNumber = Int(match.2)
            else { return nil }
            return CompilerDiagnostic(file: String(match.1), line: lineNumber,
                                      column: match.3.flatMap { Int($0) } ?? 0, message: String(match.4))
        }
    }

    /// `file:line: message` (just `file: message` for line 0, a problem of the whole file or
    /// folder), with the file shown relative to `root` when it lies inside it.
    public func summary(relativeTo root: String) -> String {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        let shown = file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file
        return line > 0 ? "\(shown):\(line): \(message)" : "\(shown): \(message)"
    }
}
