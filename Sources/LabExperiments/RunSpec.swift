import LabEngine

/// Everything that defines one training run: the data, the network, the training schedule and
/// the seed. An experiment is a list of these; a `RunExecutor` turns each into a `RunResult`.
///
/// Runs that differ only in `seed` belong to the same *configuration* (`configurationKey`): the
/// summary averages over them, so a difference between configurations can be weighed against
/// the seed-to-seed noise.
public struct RunSpec: Codable, Sendable, Hashable {
    /// The curve/bar name in charts and tables, e.g. "relu" or "relu→tanh".
    public var series: String
    /// The setting the series is measured at when an experiment sweeps one, e.g. "depth 4" or
    /// "spiral"; nil when there is none.
    public var variant: String?
    /// A `DataLoader` name: "fashion-mnist", "mnist", or a synthetic shape such as "spiral".
    public var dataset: String
    /// Widths of the hidden layers, input side first; the input and output widths come from
    /// the data.
    public var hiddenWidths: [Int]
    /// One `ActivationCatalog` name per hidden layer; the output layer is always softmax.
    public var activations: [String]
    public var epochs: Int
    public var batchSize: Int
    public var optimizer: OptimizerConfiguration.Kind
    public var learningRate: Double
    public var initializer: WeightInitializer
    public var validation: ValidationChoice
    /// Train on only the first `trainLimit` examples (quick demos); nil for all of them.
    public var trainLimit: Int?
    /// Test on only the first `testLimit` examples; nil for all of them.
    public var testLimit: Int?
    /// For a 2-D data set: the side of the grid on which the trained network's decision
    /// boundary is sampled; nil for none.
    public var boundaryResolution: Int?
    /// Seeds the initial weights and the shuffling.
    public var seed: UInt64

    public init(series: String, variant: String? = nil, dataset: String, hiddenWidths: [Int],
                activations: [String], epochs: Int, batchSize: Int,
                optimizer: OptimizerConfiguration.Kind = .adam, learningRate: Double = 0.001,
                initializer: WeightInitializer = .glorot, validation: ValidationChoice,
                trainLimit: Int? = nil, testLimit: Int? = nil, boundaryResolution: Int? = nil,
                seed: UInt64 = 1) {
        precondition(hiddenWidths.count == activations.count, "one activation per hidden layer")
        self.series = series
        self.variant = variant
        self.dataset = dataset
        self.hiddenWidths = hiddenWidths
        self.activations = activations
        self.epochs = epochs
        self.batchSize = batchSize
        self.optimizer = optimizer
        self.learningRate = learningRate
        self.initializer = initializer
        self.validation = validation
        self.trainLimit = trainLimit
        self.testLimit = testLimit
        self.boundaryResolution = boundaryResolution
        self.seed = seed
    }

    /// Identifies the configuration: the series and the variant (seeds are averaged over).
    public var configurationKey: String {
        variant.map { "\(series) @ \($0)" } ?? series
    }

    /// The architecture as the articles write it, e.g. "784-128-64-10" once the data's input
    /// and class counts are known.
    public func architecture(inputs: Int, classes: Int) -> String {
        ([inputs] + hiddenWidths + [classes]).map(String.init).joined(separator: "-")
    }
}
