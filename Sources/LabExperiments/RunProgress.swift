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
