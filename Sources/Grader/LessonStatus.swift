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
    /// The test process died (`signal`) or quit (`exitStatus`) in the middle of the run.
    case crashed(signal: Int32?, exitStatus: Int32?, check: String?, report: CrashReport)
    /// The test process ran past its time limit and was killed.
    case timedOut(seconds: Double, check: String?)

    /// Classifies a lesson that built and ran. A process that died takes precedence over the
    /// scores (its score is still what the checks that finished earned); "not started" needs
    /// both no points and a remaining `unimplemented()`, so a started-but-wrong lesson reads as
    /// failing rather than untouched.
    public static func classify(results: [CheckResult], finished: Bool, termination: Termination,
                                interruptedCheck: String?, crash: CrashReport,
                                callsUnimplemented: Bool) -> LessonStatus {
        switch termination {
        case .timedOut(let seconds):
            return .timedOut(seconds: seconds, check: interruptedCheck)
        case .signaled(let signal):
            return .crashed(signal: signal, exitStatus: nil, check: interruptedCheck, report: crash)
        case .exited(let status) where !finished:
            return .crashed(signal: crash.signal, exitStatus: crash.signal == nil ? status : nil,
                            check: interruptedCheck, report: crash)
        case .exited:
            let failing = results.filter { $0.outcome != .passed }.count
            if failing == 0 { return .passed }
            if callsUnimplemented && results.allSatisfy({ $0.score == 0 }) { return .notStarted }
            return .failing(failing)
        }
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
        case .crashed(_, let status, _, _):
            "crashed (exited early with status \(status ?? 0))"
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
