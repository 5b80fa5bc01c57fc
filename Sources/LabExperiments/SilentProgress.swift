/// Shows nothing: for tests and for callers that print their own.
public struct SilentProgress: ProgressReporter {
    public init() {}
    public func experimentStarted(_ name: String, runs: [RunSpec], costs: [Double]) {}
    public func runStarted(_ index: Int) {}
    public func training(_ index: Int, _ progress: RunProgress) {}
    public func runFinished(_ index: Int, result: RunResult?, failure: String?) {}
    public func experimentFinished(_ name: String, seconds: Double) {}
}
