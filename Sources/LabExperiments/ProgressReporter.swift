/// Receives the runner's events, to show progress. Calls can come from several threads at once
/// when runs train concurrently; implementations serialise them.
public protocol ProgressReporter: Sendable {
    /// `runs` are about to be trained; `costs` estimates each run's share of the work (for an
    /// ETA that does not treat a 16-layer run like a 1-layer one).
    func experimentStarted(_ name: String, runs: [RunSpec], costs: [Double])
    func runStarted(_ index: Int)
    func training(_ index: Int, _ progress: RunProgress)
    /// `result` is nil when the run failed with `failure`.
    func runFinished(_ index: Int, result: RunResult?, failure: String?)
    func experimentFinished(_ name: String, seconds: Double)
}
