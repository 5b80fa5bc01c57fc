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

/// Where a run is, as the trainer reports it during training.
public struct RunProgress: Sendable, Hashable {
    /// 1-based epoch being trained.
    public var epoch: Int
    public var epochs: Int
    /// How much of this epoch is done, 0…1.
    public var fractionOfEpoch: Double
    /// Running training loss and accuracy of this epoch, when known.
    public var loss: Double?
    public var accuracy: Double?

    public init(epoch: Int, epochs: Int, fractionOfEpoch: Double, loss: Double? = nil,
                accuracy: Double? = nil) {
        self.epoch = epoch
        self.epochs = epochs
        self.fractionOfEpoch = fractionOfEpoch
        self.loss = loss
        self.accuracy = accuracy
    }

    /// How much of the whole run is done, 0…1.
    public var fractionOfRun: Double {
        guard epochs > 0 else { return 1 }
        return (Double(epoch - 1) + min(max(fractionOfEpoch, 0), 1)) / Double(epochs)
    }
}

/// Shows nothing: for tests and for callers that print their own.
public struct SilentProgress: ProgressReporter {
    public init() {}
    public func experimentStarted(_ name: String, runs: [RunSpec], costs: [Double]) {}
    public func runStarted(_ index: Int) {}
    public func training(_ index: Int, _ progress: RunProgress) {}
    public func runFinished(_ index: Int, result: RunResult?, failure: String?) {}
    public func experimentFinished(_ name: String, seconds: Double) {}
}
