/// Trains one network and reports what happened: the seam between the experiments and the
/// trainer. `EngineExecutor` is the real one; tests pass a fake that returns made-up results
/// at once, so the experiment logic (seeds, summaries, noise verdicts, files) is checked
/// without training anything.
public protocol RunExecutor: Sendable {
    /// Trains `spec` on `data`, calling `progress` as training advances (from the calling
    /// thread). Throws when the run cannot be done at all.
    func run(_ spec: RunSpec, data: RunData,
             progress: @escaping @Sendable (RunProgress) -> Void) throws -> RunResult
}
