/// One row of a training history, as Keras' `history.history` keeps it.
public struct EpochRecord: Codable, Sendable, Hashable {
    /// 1-based.
    public var epoch: Int
    public var seconds: Double
    public var trainLoss: Double
    public var trainAccuracy: Double
    /// nil when the run has no validation data.
    public var validationLoss: Double?
    public var validationAccuracy: Double?
    /// One per hidden layer, input side first.
    public var layers: [LayerRecord]

    public init(epoch: Int, seconds: Double, trainLoss: Double, trainAccuracy: Double,
                validationLoss: Double?, validationAccuracy: Double?, layers: [LayerRecord]) {
        self.epoch = epoch
        self.seconds = seconds
        self.trainLoss = trainLoss
        self.trainAccuracy = trainAccuracy
        self.validationLoss = validationLoss
        self.validationAccuracy = validationAccuracy
        self.layers = layers
    }
}
