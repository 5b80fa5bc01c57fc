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
                                  checks: [Check]) -> LessonResult {
        LessonResult(lesson: lesson, status: .doesNotCompile(error),
                     checks: checks.map { CheckResult(check: $0, outcome: .notRun) })
    }

    public var score: Int { checks.reduce(0) { $0 + $1.score } }
    public var maxScore: Int { checks.reduce(0) { $0 + $1.maxScore } }

    /// The checks that did not pass, in listing order.
    public var failingChecks: [CheckResult] { checks.filter { $0.outcome != .passed } }
}
