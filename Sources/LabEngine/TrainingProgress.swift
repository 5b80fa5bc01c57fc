/// What the progress callback receives after every training step.
public struct TrainingProgress: Sendable {
    /// 1-based epoch and step within the epoch.
    public var epoch: Int
    public var epochs: Int
    public var step: Int
    public var steps: Int
    /// Running means over the epoch so far (what Keras' progress bar shows).
    public var loss: Double
    public var accuracy: Double
}
