import LabEngine

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
    public var finalGradientNorms: [Double] {
        guard let last = epochs.last else { return [] }
        return last.layers.map(\.meanGradientNorm) + [last.outputGradientNorm]
    }

    /// Mean dead fraction over the rectifier layers in the last epoch; nil without any (the
    /// statistic means nothing for a sigmoid layer).
    public var finalDeadFraction: Double? {
        Self.mean(of: \.deadFraction, over: .rectifier, in: epochs.last?.layers ?? [])
    }

    /// Mean saturated fraction over the saturating layers in the last epoch; nil without any.
    public var finalSaturatedFraction: Double? {
        Self.mean(of: \.saturatedFraction, over: .saturating, in: epochs.last?.layers ?? [])
    }

    private static func mean(of statistic: KeyPath<LayerStatistics, Double>, over family: ActivationFamily,
                             in layers: [LayerStatistics]) -> Double? {
        let values = layers.filter { $0.family == family }.map { $0[keyPath: statistic] }
        return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
}
