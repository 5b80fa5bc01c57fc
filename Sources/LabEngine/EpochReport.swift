/// One epoch of training.
public struct EpochReport: Codable, Sendable {
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
}
