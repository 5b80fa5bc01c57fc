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
