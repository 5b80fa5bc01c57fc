import LabCharts
import LabData
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
    /// Batch normalisation before every hidden activation, or none.
    public var normalization: Normalization
    /// An identity skip around every hidden layer whose input is as wide as its output.
    public var residual: Bool
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
                initializer: WeightInitializer = .glorot, normalization: Normalization = .none,
                residual: Bool = false, validation: ValidationChoice,
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
        self.normalization = normalization
        self.residual = residual
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

    /// What the network adds to plain dense layers, for tables: "batch norm", "residual", both, or "".
    public var remedies: String {
        [normalization == .batch ? "batch norm" : nil, residual ? "residual" : nil].compactMap { $0 }.joined(separator: " + ")
    }

    /// The architecture as the articles write it, e.g. "784-128-64-10" once the data's input
    /// and class counts are known.
    public func architecture(inputs: Int, classes: Int) -> String {
        ([inputs] + hiddenWidths + [classes]).map(String.init).joined(separator: "-")
    }
}

extension RunSpec {
    /// An articles'-style run on an image set: batch 32, Adam at Keras' default rate, and under
    /// `--quick` only `quickEpochs` epochs on the first `quickExamples` training examples (and a
    /// fifth as many test examples).
    static func article(series: String, variant: String? = nil, dataset: String, hiddenWidths: [Int],
                        activations: [String], epochs: Int, quickEpochs: Int = 3, quickExamples: Int = 10_000,
                        validation: ValidationChoice, options: ExperimentOptions) -> RunSpec {
        RunSpec(series: series, variant: variant, dataset: dataset, hiddenWidths: hiddenWidths,
                activations: activations, epochs: options.quick ? quickEpochs : epochs, batchSize: 32,
                validation: validation, trainLimit: options.quick ? quickExamples : nil,
                testLimit: options.quick ? quickExamples / 5 : nil,
                boundaryResolution: options.boundaryResolution(for: dataset))
    }

    /// A TensorFlow-Playground-sized run on a 2-D synthetic set: two hidden layers of 16, Adam
    /// at a learning rate ten times Keras' default (a few hundred examples need many quick
    /// steps, not a careful crawl), and the decision boundary sampled afterwards.
    static func playground(activation: String, shape: String, options: ExperimentOptions) -> RunSpec {
        RunSpec(series: activation, variant: shape, dataset: shape, hiddenWidths: [16, 16],
                activations: [activation, activation], epochs: options.quick ? 40 : 100,
                batchSize: 16, learningRate: 0.01, validation: .none,
                boundaryResolution: options.boundaryResolution(for: shape))
    }
}

/// Which data the per-epoch validation numbers come from.
public enum ValidationChoice: Codable, Sendable, Hashable {
    /// The test set, as Keras' `validation_data=(x_test, y_test)` in the first article (which
    /// makes the "validation" curve a test curve).
    case testSet
    /// The last `fraction` of the training examples, as Keras' `validation_split`.
    case split(fraction: Double)
    /// No validation.
    case none

    /// For tables: "test set", "last 20% of train", "none".
    public var description: String {
        switch self {
        case .testSet: "test set"
        case .split(let fraction): "last \(Int((fraction * 100).rounded()))% of train"
        case .none: "none"
        }
    }
}

/// The data of one run, already cut to the run's limits and split for validation, so that an
/// executor only trains and never decides which examples it sees.
public struct RunData: Sendable {
    public let train: Dataset
    /// nil when the run validates on nothing.
    public let validation: Dataset?
    public let test: Dataset
    /// Which data this is, for every output (from `DataSplit.source`).
    public let source: String

    public init(train: Dataset, validation: Dataset?, test: Dataset, source: String) {
        self.train = train
        self.validation = validation
        self.test = test
        self.source = source
    }

    /// Applies `spec`'s limits (the first examples) and validation choice to a loaded split.
    /// The split comes after the limit, as Keras' `validation_split` takes the last part of
    /// whatever `fit` is given.
    public init(split: DataSplit, for spec: RunSpec) {
        let train = spec.trainLimit.map { split.train.slice(0..<min($0, split.train.count)) } ?? split.train
        let test = spec.testLimit.map { split.test.slice(0..<min($0, split.test.count)) } ?? split.test
        switch spec.validation {
        case .testSet:
            self.init(train: train, validation: test, test: test, source: split.source)
        case .split(let fraction):
            let parts = train.splitLast(fraction: fraction)
            self.init(train: parts.train, validation: parts.validation, test: test, source: split.source)
        case .none:
            self.init(train: train, validation: nil, test: test, source: split.source)
        }
    }
}

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

/// What one run produced: the trainer's report reduced to what the experiments chart and
/// tabulate, kept whole enough (every epoch, every layer) that `results.json` answers later
/// questions without rerunning.
public struct RunResult: Codable, Sendable, Hashable {
    public var spec: RunSpec
    /// e.g. "784-128-10".
    public var architecture: String
    /// Examples actually trained on, validated on and tested on.
    public var trainCount: Int
    public var validationCount: Int
    public var testCount: Int
    public var epochs: [EpochReport]
    public var testLoss: Double
    public var testAccuracy: Double
    /// The L2 norm of each layer's weight gradient on the very first step, hidden layers first
    /// and the output layer last: the untrained network's gradient flow, before any update.
    public var initialGradientNorms: [Double]
    /// Wall-clock seconds for the whole run.
    public var seconds: Double
    public var boundary: BoundaryGrid?
    /// Why the run stopped early (divergence), if it did; its test numbers are then NaN.
    public var message: String?

    public init(spec: RunSpec, architecture: String, trainCount: Int, validationCount: Int,
                testCount: Int, epochs: [EpochReport], testLoss: Double, testAccuracy: Double,
                initialGradientNorms: [Double], seconds: Double, boundary: BoundaryGrid? = nil,
                message: String? = nil) {
        self.spec = spec
        self.architecture = architecture
        self.trainCount = trainCount
        self.validationCount = validationCount
        self.testCount = testCount
        self.epochs = epochs
        self.testLoss = testLoss
        self.testAccuracy = testAccuracy
        self.initialGradientNorms = initialGradientNorms
        self.seconds = seconds
        self.boundary = boundary
        self.message = message
    }

    /// Each layer's mean weight-gradient norm over the last epoch, hidden layers first and the
    /// output layer last: the gradient flow at the end of training, laid out like
    /// `initialGradientNorms` so the two can be set side by side layer for layer.
    var finalGradientNorms: [Double] {
        guard let last = epochs.last else { return [] }
        return last.layers.map(\.meanGradientNorm) + [last.outputGradientNorm]
    }

    /// Mean dead fraction over the rectifier layers in the last epoch; nil without any (the
    /// statistic means nothing for a sigmoid layer).
    var finalDeadFraction: Double? {
        Self.mean(of: \.deadFraction, over: .rectifier, in: epochs.last?.layers ?? [])
    }

    /// Mean saturated fraction over the saturating layers in the last epoch; nil without any.
    var finalSaturatedFraction: Double? {
        Self.mean(of: \.saturatedFraction, over: .saturating, in: epochs.last?.layers ?? [])
    }

    private static func mean(of statistic: KeyPath<LayerStatistics, Double>, over family: ActivationFamily,
                             in layers: [LayerStatistics]) -> Double? {
        let values = layers.filter { $0.family == family }.map { $0[keyPath: statistic] }
        return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
}

/// A run that could not finish, kept in the results so a summary never silently drops it.
public struct RunFailure: Error, Codable, Sendable, Hashable {
    public var spec: RunSpec
    public var message: String

    public init(spec: RunSpec, message: String) {
        self.spec = spec
        self.message = message
    }
}

/// A trained 2-D classifier sampled on a square grid, with some of the data on top: the
/// TensorFlow Playground picture.
public struct BoundaryGrid: Codable, Sendable, Hashable {
    public var xRange: ClosedRange<Double>
    public var yRange: ClosedRange<Double>
    /// Cells per side.
    public var resolution: Int
    /// Predicted class per cell, row-major, the first row at the bottom (`yRange.lowerBound`).
    public var predictedClasses: [Int]
    /// The probability of the predicted class per cell, in the same order: pale near the
    /// boundary, saturated far from it.
    public var confidences: [Double]
    /// Test examples drawn over the grid.
    public var points: [ClassPoint]
    /// The boundary after every epoch, on a grid half as fine over the same ranges, for the
    /// page's epoch slider (a few hundred bytes an epoch); nil in results from before it.
    public var epochs: BoundaryFrames?

    public init(xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, resolution: Int,
                predictedClasses: [Int], confidences: [Double], points: [ClassPoint],
                epochs: BoundaryFrames? = nil) {
        self.xRange = xRange
        self.yRange = yRange
        self.resolution = resolution
        self.predictedClasses = predictedClasses
        self.confidences = confidences
        self.points = points
        self.epochs = epochs
    }
}
