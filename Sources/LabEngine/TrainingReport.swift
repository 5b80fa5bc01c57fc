import ActivationCore

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

/// The shape of a network, as reports record it.
public struct NetworkDescription: Codable, Sendable, Equatable {
    /// Features per example (784 for Fashion-MNIST).
    public var inputCount: Int
    /// The width of every hidden layer, input side first.
    public var hiddenWidths: [Int]
    /// The activation name of every hidden layer.
    public var activations: [String]
    /// Output classes (the softmax width).
    public var classCount: Int
    public var initializer: WeightInitializer
    /// Batch normalisation before the hidden activations, or none.
    public var normalization: Normalization
    /// The hidden layers (1-based) with an identity skip around them; empty without `--residual`.
    public var residualLayers: [Int]
    /// Per hidden layer, the name of the activation's learned parameter ("alpha", "beta"), or nil.
    public var learnedParameters: [String?]
    /// The seed of the initial weights.
    public var seed: UInt64
    /// Trainable numbers, unpadded: weights and biases (784·128 + 128 + 128·10 + 10 = 101,770
    /// for the first article), plus γ and β of batch normalisation and learned α or β per unit.
    public var parameterCount: Int

    public init(inputCount: Int, hiddenWidths: [Int], activations: [String], classCount: Int,
                initializer: WeightInitializer, normalization: Normalization = .none, residualLayers: [Int] = [],
                learnedParameters: [String?] = [], seed: UInt64, parameterCount: Int) {
        self.inputCount = inputCount
        self.hiddenWidths = hiddenWidths
        self.activations = activations
        self.classCount = classCount
        self.initializer = initializer
        self.normalization = normalization
        self.residualLayers = residualLayers
        self.learnedParameters = learnedParameters.isEmpty ? hiddenWidths.map { _ in nil } : learnedParameters
        self.seed = seed
        self.parameterCount = parameterCount
    }

    /// Reports written before normalisation, skips and learned parameters existed read as plain networks.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(inputCount: try c.decode(Int.self, forKey: .inputCount),
                  hiddenWidths: try c.decode([Int].self, forKey: .hiddenWidths),
                  activations: try c.decode([String].self, forKey: .activations),
                  classCount: try c.decode(Int.self, forKey: .classCount),
                  initializer: try c.decode(WeightInitializer.self, forKey: .initializer),
                  normalization: try c.decodeIfPresent(Normalization.self, forKey: .normalization) ?? .none,
                  residualLayers: try c.decodeIfPresent([Int].self, forKey: .residualLayers) ?? [],
                  learnedParameters: try c.decodeIfPresent([String?].self, forKey: .learnedParameters) ?? [],
                  seed: try c.decode(UInt64.self, forKey: .seed),
                  parameterCount: try c.decode(Int.self, forKey: .parameterCount))
    }
}

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

/// One hidden layer over one epoch.
public struct LayerStatistics: Codable, Sendable, Hashable {
    /// What `deadFraction` and `saturatedFraction` count, in words for reports.
    public static let definitions = "Dead = units whose pre-activation was never positive on any training example of the epoch (for leaky ReLU such a unit still passes a small gradient); saturated = units whose slope |f′(z)| was below 5% of the activation's peak slope on at least 95% of the epoch's examples."

    /// 1-based hidden layer, input side first.
    public var layer: Int
    public var activation: String
    public var family: ActivationFamily
    /// ‖∂L/∂W‖ (Frobenius) of the layer's weights, averaged over the epoch's steps.
    public var meanGradientNorm: Double
    /// Units whose pre-activation was never > 0 on any training example of the epoch.
    public var deadFraction: Double
    /// Units with |f′(z)| below 5% of the activation's peak slope near 0 on at least 95% of the
    /// epoch's training examples (see `ActivationFamily.saturationThreshold(of:)`).
    public var saturatedFraction: Double
    /// A learned PReLU slope at the end of the epoch: the mean over the layer's units, and the
    /// smallest and largest unit's; nil for any other activation.
    public var alpha: Double?
    public var alphaMin: Double?
    public var alphaMax: Double?
    /// A learned Swish β at the end of the epoch, the same way.
    public var beta: Double?
    public var betaMin: Double?
    public var betaMax: Double?

    /// The learned parameter's summary, whichever of `alpha` and `beta` it is.
    public var learnedParameter: (name: String, summary: LearnedParameterSummary)? {
        if let alpha, let alphaMin, let alphaMax {
            return ("alpha", LearnedParameterSummary(mean: alpha, min: alphaMin, max: alphaMax))
        }
        if let beta, let betaMin, let betaMax {
            return ("beta", LearnedParameterSummary(mean: beta, min: betaMin, max: betaMax))
        }
        return nil
    }

    /// Stores a learned parameter's summary under its name ("alpha" or "beta"; others are ignored).
    public mutating func record(_ summary: LearnedParameterSummary, named name: String) {
        switch name {
        case "alpha": (alpha, alphaMin, alphaMax) = (summary.mean, summary.min, summary.max)
        case "beta": (beta, betaMin, betaMax) = (summary.mean, summary.min, summary.max)
        default: break
        }
    }

    public init(layer: Int, activation: String, family: ActivationFamily, meanGradientNorm: Double,
                deadFraction: Double, saturatedFraction: Double) {
        self.layer = layer
        self.activation = activation
        self.family = family
        self.meanGradientNorm = meanGradientNorm
        self.deadFraction = deadFraction
        self.saturatedFraction = saturatedFraction
    }
}

/// Which failure mode of a hidden layer is worth watching, decided by probing the activation.
///
/// The engine trains any `Activation`, a student's included, so it cannot go by name. It looks
/// at the derivative far from the origin instead:
/// - `saturating` (sigmoid, tanh, arctan): |f′(±10)| is below 5% of |f′(0)| on both sides, so
///   large inputs stop the gradient; watch the saturated-unit fraction.
/// - `rectifier` (ReLU, leaky ReLU, PReLU, ELU, SELU, softplus, swish, GELU, mish):
///   f′(10) ≥ 0.5 but |f′(−10)| < 0.5 · f′(10), so negative inputs (nearly) stop it; watch the
///   dead-unit fraction.
/// - `other` (identity, binary step, anything else).
///
/// Both statistics are computed for every hidden layer whatever the family; the family only
/// says which of the two the articles discuss for that activation.
public enum ActivationFamily: String, Codable, Sendable, Hashable {
    case saturating
    case rectifier
    case other

    /// The family of `activation`, from its derivative at −10, 0 and 10.
    public init(probing activation: any Activation) {
        let left = abs(activation.derivative(-10))
        let centre = abs(activation.derivative(0))
        let right = abs(activation.derivative(10))
        if centre > 0, left < 0.05 * centre, right < 0.05 * centre {
            self = .saturating
        } else if right >= 0.5, left < 0.5 * right {
            self = .rectifier
        } else {
            self = .other
        }
    }

    /// The slope below which a unit counts as saturated on an example: 5% of the activation's
    /// steepest slope near the origin (the largest |f′| at −1, −0.5, 0, 0.5 and 1). For sigmoid
    /// that is 0.05 · 0.25, for tanh 0.05; for ReLU it flags exactly the inputs below zero.
    public static func saturationThreshold(of activation: any Activation) -> Float {
        let peak = [-1, -0.5, 0, 0.5, 1].map { abs(activation.derivative($0)) }.max() ?? 0
        return peak.isFinite ? 0.05 * peak : 0
    }
}

/// Mean, smallest and largest of a layer's learned activation parameters.
public struct LearnedParameterSummary: Codable, Sendable, Hashable {
    public var mean: Double
    public var min: Double
    public var max: Double

    public init(mean: Double, min: Double, max: Double) {
        self.mean = mean
        self.min = min
        self.max = max
    }

    /// The summary of one value per unit (the mean summed in Double, in unit order).
    public init(_ values: [Float]) {
        let doubles = values.map(Double.init)
        self.init(mean: doubles.reduce(0, +) / Double(Swift.max(doubles.count, 1)),
                  min: doubles.min() ?? .nan, max: doubles.max() ?? .nan)
    }
}
