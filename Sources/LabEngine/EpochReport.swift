/// One epoch of training.
public struct EpochReport: Codable, Sendable, Hashable {
    /// 1-based.
    public var epoch: Int
    /// Wall-clock time of the epoch, validation included.
    public var seconds: Double
    /// Running means over the epoch's batches, each measured before its update (as Keras).
    public var trainLoss: Double
    public var trainAccuracy: Double
    /// On the validation set after the epoch; nil without one.
    public var valLoss: Double?
    public var valAccuracy: Double?
    /// Per hidden layer.
    public var layers: [LayerStatistics]
    /// ‖∂L/∂W‖ (Frobenius) of the output layer's weights, averaged over the epoch's steps like
    /// `LayerStatistics.meanGradientNorm`. Kept apart from `layers` because dead and saturated
    /// units mean nothing for the softmax layer; it is the yardstick the hidden layers' norms
    /// are compared with when asking whether the gradient vanishes on its way to the input.
    public var outputGradientNorm: Double

    public init(epoch: Int, seconds: Double, trainLoss: Double, trainAccuracy: Double, valLoss: Double?,
                valAccuracy: Double?, layers: [LayerStatistics], outputGradientNorm: Double) {
        self.epoch = epoch
        self.seconds = seconds
        self.trainLoss = trainLoss
        self.trainAccuracy = trainAccuracy
        self.valLoss = valLoss
        self.valAccuracy = valAccuracy
        self.layers = layers
        self.outputGradientNorm = outputGradientNorm
    }
}
