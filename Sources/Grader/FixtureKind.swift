/// The broken submissions the self-check grades, by the folder that holds each under
/// `Tests/GraderFixtures/`, and the status the grader must give each.
public enum FixtureKind: String, CaseIterable, Sendable {
    /// A lesson file with a type error: only that lesson reads "does not compile".
    case compileError = "compile-error"
    /// A trap (an index out of range): "crashed (signal …)", the other lessons unharmed.
    case crash
    /// An endless loop: "timed out", killed after the short timeout the self-check sets.
    case hang
    /// Code that returns NaN: plain failing checks, no crash, no points.
    case nan

    /// Nil if `result` is what this kind of broken code must get, else what is wrong with it.
    public func problem(with result: LessonResult) -> String? {
        let expected: Bool
        switch (self, result.status) {
        case (.compileError, .doesNotCompile): expected = true
        case (.crash, .crashed(let signal?, _, _, _)): expected = signal > 0
        case (.hang, .timedOut): expected = true
        case (.nan, .failing): expected = result.score == 0
        default: expected = false
        }
        return expected ? nil : "the \(rawValue) fixture in \(result.lesson.folder) was graded " +
            "\(result.score)/\(result.maxScore), \(result.status.summary); expected \(expectation)"
    }

    /// The expected verdict, in words.
    public var expectation: String {
        switch self {
        case .compileError: "does not compile"
        case .crash: "crashed (signal …)"
        case .hang: "timed out"
        case .nan: "0 points, checks failing (no crash)"
        }
    }
}
