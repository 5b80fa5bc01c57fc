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
    /// Mean over the epoch's steps of the L2 norm of the output layer's weight gradient: the
    /// reference the hidden layers' `LayerRecord.meanGradientNorm` are compared with (the
    /// output layer has no dead or saturated units, hence no `LayerRecord`).
    public var outputGradientNorm: Double

    public init(epoch: Int, seconds: Double, trainLoss: Double, trainAccuracy: Double,
                validationLoss: Double?, validationAccuracy: Double?, layers: [LayerRecord],
                outputGradientNorm: Double) {
        self.epoch = epoch
        self.seconds = seconds
        self.trainLoss = trainLoss
        self.trainAccuracy = trainAccuracy
        self.validationLoss = validationLoss
        self.validationAccuracy = validationAccuracy
        self.layers = layers
        self.outputGradientNorm = outputGradientNorm
    }
}
