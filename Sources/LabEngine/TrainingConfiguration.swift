/// How to train: epochs, batch size, optimizer and the seed of the shuffles.
public struct TrainingConfiguration: Codable, Sendable, Equatable {
    public var epochs: Int
    public var batchSize: Int
    public var optimizer: OptimizerConfiguration
    /// Seeds the per-epoch shuffles (the initial weights have the network's own seed).
    public var seed: UInt64
    /// Reshuffle the training set before every epoch, like Keras' `shuffle=True`.
    public var shuffle: Bool
    /// Stop at the first NaN or infinite batch loss (the default). `lab bench` turns this off
    /// so that it can time the arithmetic even with the lessons' NaN-returning stubs built.
    public var stopOnDivergence: Bool

    public init(epochs: Int = 5, batchSize: Int = 32, optimizer: OptimizerConfiguration = .adam(),
                seed: UInt64 = 1, shuffle: Bool = true, stopOnDivergence: Bool = true) {
        self.epochs = epochs
        self.batchSize = batchSize
        self.optimizer = optimizer
        self.seed = seed
        self.shuffle = shuffle
        self.stopOnDivergence = stopOnDivergence
    }
}
