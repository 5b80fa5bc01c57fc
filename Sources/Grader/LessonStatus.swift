import GradingProtocol

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
                            report: CrashReport(message: "the checks themselves stopped (\(run.termination.summary)): "
                                                + "a problem of the grader, not of your code (log: \(run.log.path))",
                                                location: nil))
        }
        let results = run.events.results
        let failing = results.filter { $0.outcome != .passed }.count
        if failing == 0 { return .passed }
        if callsUnimplemented && results.allSatisfy({ $0.score == 0 }) { return .notStarted }
        return .failing(failing)
    }

    /// The table's status column: `passed`, `3 checks failing`, `crashed (signal 4: SIGILL)`…
    public var summary: String {
        switch self {
        case .passed: "passed"
        case .failing(let count): count == 1 ? "1 check failing" : "\(count) checks failing"
        case .notStarted: "not started"
        case .doesNotCompile: "does not compile"
        case .crashed(let signal?, _, _, _):
            "crashed (signal \(signal)\(Termination.signalName(signal).map { ": \($0)" } ?? ""))"
        case .crashed(_, let status?, _, _):
            "crashed (exited early with status \(status))"
        case .crashed:
            "crashed"
        case .timedOut(let seconds, _): "timed out after \(Self.format(seconds)) s"
        }
    }

    /// Whether the lesson earned everything it could.
    public var isComplete: Bool { self == .passed }

    /// `20` rather than `20.0`, `0.5` as it is.
    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
