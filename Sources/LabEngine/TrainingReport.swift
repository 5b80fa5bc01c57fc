/// Everything a training run measured, ready to be written as JSON.
public struct TrainingReport: Codable, Sendable {
    public var network: NetworkDescription
    public var training: TrainingConfiguration
    /// Where the data came from (`DataSplit.source`); set by the caller.
    public var dataSource: String?
    public var trainCount: Int
    public var validationCount: Int
    /// Completed epochs (fewer than configured if training diverged).
    public var epochs: [EpochReport]
    /// ‖∂L/∂W‖ of every layer, hidden and output, input side first, at the very first step:
    /// the "start of training" picture of the vanishing-gradient experiment.
    public var initialGradientNorms: [Double]
    public var testLoss: Double?
    public var testAccuracy: Double?
    /// True when the loss became NaN or infinite; `message` says where.
    public var diverged: Bool
    public var message: String?
    /// Wall-clock time of the whole run.
    public var seconds: Double
}
