import LabData

/// How a hidden layer's pre-activations are normalised before its activation.
public enum Normalization: String, Codable, Sendable, Hashable, CaseIterable {
    /// z = x · W + b goes straight into the activation.
    case none
    /// Batch normalisation (Ioffe & Szegedy 2015) with Keras' defaults, see `BatchNormalization`.
    case batch
}

/// Batch normalisation of one layer's pre-activations, one column (unit) at a time.
///
/// In training, each unit's pre-activations z over the batch are standardised with the batch's
/// own mean μ and variance σ² (the biased one, as Keras and the paper), then scaled and shifted
/// by two learned vectors: u = γ·x̂ + β with x̂ = (z − μ)/√(σ² + ε). That keeps every layer's
/// inputs to the activation near the steep part of a sigmoid or tanh however deep the network
/// is, which is why it cures the vanishing gradient of the depth study. For evaluation the
/// batch statistics are replaced by running averages updated after every training batch
/// (`running = momentum · running + (1 − momentum) · batch`), so a prediction does not depend
/// on the other examples it is evaluated with. Keras' defaults: momentum 0.99, ε = 10⁻³,
/// γ = 1, β = 0, running mean 0 and variance 1.
///
/// The backward pass is the paper's, per unit over the N examples of the batch:
/// ∂L/∂β = Σ ∂L/∂u, ∂L/∂γ = Σ ∂L/∂u · x̂, and
/// ∂L/∂z = γ/(N·√(σ² + ε)) · (N·∂L/∂u − Σ ∂L/∂u − x̂ · Σ ∂L/∂u · x̂).
/// The means and sums are taken in Double, in row order, so they are exact enough for a batch
/// of any size and identical run to run.
///
/// Padding columns (units past `width`) have γ = 0 and gradients 0, so they stay exactly zero.
final class BatchNormalization {
    static let momentum: Float = 0.99
    static let epsilon: Float = 1e-3

    let width: Int
    let stride: Int
    /// γ and β, and their gradients and optimizer moments (`stride` entries each).
    let scale: FloatBuffer
    let shift: FloatBuffer
    let scaleGradient: FloatBuffer
    let shiftGradient: FloatBuffer
    let scaleFirstMoment: FloatBuffer
    let scaleSecondMoment: FloatBuffer
    let shiftFirstMoment: FloatBuffer
    let shiftSecondMoment: FloatBuffer
    /// The averages evaluation normalises with.
    let runningMean: FloatBuffer
    let runningVariance: FloatBuffer
    /// 1/√(σ² + ε) of the last training batch, per unit (the backward pass needs it).
    let inverseDeviation: FloatBuffer
    /// x̂ of the last training batch, `capacity × stride`.
    private(set) var normalized = FloatBuffer(count: 0)

    init(width: Int, stride: Int) {
        self.width = width
        self.stride = stride
        scale = FloatBuffer(count: stride)
        shift = FloatBuffer(count: stride)
        scaleGradient = FloatBuffer(count: stride)
        shiftGradient = FloatBuffer(count: stride)
        scaleFirstMoment = FloatBuffer(count: stride)
        scaleSecondMoment = FloatBuffer(count: stride)
        shiftFirstMoment = FloatBuffer(count: stride)
        shiftSecondMoment = FloatBuffer(count: stride)
        runningMean = FloatBuffer(count: stride)
        runningVariance = FloatBuffer(count: stride)
        inverseDeviation = FloatBuffer(count: stride)
        for j in 0..<width {
            scale.pointer[j] = 1
            runningVariance.pointer[j] = 1
        }
    }

    func reserve(rows: Int) {
        normalized = FloatBuffer(count: rows * stride)
    }

    /// Replaces z by u = γ·x̂ + β in column `j` of `values` (rows `0..<valid`, row stride
    /// `stride`), with the batch's statistics in training and the running ones otherwise.
    func forward(_ values: UnsafeMutablePointer<Float>, column j: Int, valid: Int, training: Bool) {
        let gamma = scale.pointer[j], beta = shift.pointer[j]
        if training {
            var sum = 0.0
            for i in 0..<valid { sum += Double(values[i * stride + j]) }
            let mean = sum / Double(valid)
            var squares = 0.0
            for i in 0..<valid {
                let d = Double(values[i * stride + j]) - mean
                squares += d * d
            }
            let variance = squares / Double(valid)
            let inverse = Float(1 / (variance + Double(Self.epsilon)).squareRoot())
            inverseDeviation.pointer[j] = inverse
            let m = Self.momentum
            runningMean.pointer[j] = m * runningMean.pointer[j] + (1 - m) * Float(mean)
            runningVariance.pointer[j] = m * runningVariance.pointer[j] + (1 - m) * Float(variance)
            let centre = Float(mean)
            for i in 0..<valid {
                let x = (values[i * stride + j] - centre) * inverse
                normalized.pointer[i * stride + j] = x
                values[i * stride + j] = gamma * x + beta
            }
        } else {
            let inverse = 1 / (runningVariance.pointer[j] + Self.epsilon).squareRoot()
            let centre = runningMean.pointer[j]
            for i in 0..<valid {
                values[i * stride + j] = gamma * ((values[i * stride + j] - centre) * inverse) + beta
            }
        }
    }

    /// Turns ∂L/∂u into ∂L/∂z in column `j` of `deltas` (rows `0..<valid`) and records
    /// ∂L/∂γ and ∂L/∂β, for the last training batch.
    func backward(_ deltas: UnsafeMutablePointer<Float>, column j: Int, valid: Int) {
        var sum = 0.0, dot = 0.0
        for i in 0..<valid {
            let d = Double(deltas[i * stride + j])
            sum += d
            dot += d * Double(normalized.pointer[i * stride + j])
        }
        shiftGradient.pointer[j] = Float(sum)
        scaleGradient.pointer[j] = Float(dot)
        let n = Double(valid)
        let factor = Double(scale.pointer[j]) * Double(inverseDeviation.pointer[j]) / n
        for i in 0..<valid {
            let d = Double(deltas[i * stride + j]), x = Double(normalized.pointer[i * stride + j])
            deltas[i * stride + j] = Float(factor * (n * d - sum - x * dot))
        }
    }

    /// Applies `optimizer` to γ and β.
    func update(with optimizer: Optimizer) {
        optimizer.update(scale.pointer, gradient: scaleGradient.pointer, first: scaleFirstMoment.pointer,
                         second: scaleSecondMoment.pointer, count: stride)
        optimizer.update(shift.pointer, gradient: shiftGradient.pointer, first: shiftFirstMoment.pointer,
                         second: shiftSecondMoment.pointer, count: stride)
    }
}
