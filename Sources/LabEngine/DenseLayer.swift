import ActivationCore
import Foundation
import LabData

/// One fully connected layer: its parameters, optimizer state, gradients and batch buffers.
///
/// Layout (all row-major, zero-padded, allocated once):
/// - `weights` is `inputStride × stride`: row p holds the weights from input p to every unit,
///   as Keras stores a Dense kernel. `stride` is `width` rounded up to the kernel's 32-column
///   tile, `inputStride` the previous layer's `stride` (or the feature count rounded up to 8).
///   The padding rows and columns stay exactly zero forever: their gradients are zero, so
///   neither Adam nor SGD ever moves them, and they add nothing to any product.
/// - `outputs`, `derivatives`, `deltas` are `capacity × stride`: per example, the activations
///   f(z) (the logits for the output layer), f′(z), and ∂L/∂z. Rows past the batch's last
///   example are kept at zero so that they add nothing to the weight gradient.
///
/// A hidden layer may also have (each optional, each costing nothing when absent):
/// - batch normalisation between the product and the activation (`BatchNormalization`), so
///   that f is applied to u = γ·x̂ + β instead of z;
/// - a learned activation parameter per unit (`LearnableActivation`: PReLU's α, Swish's β),
///   trained by the weights' optimizer from ∂f/∂p;
/// - an identity skip (`residual`), h = h_in + f(…), when its input is as wide as its output.
///
/// The forward pass of such a layer, per unit j and example i, with h_in the layer's input:
///     z = h_in · W + b,   u = BN(z) (or z),   h = f_j(u) (+ h_in with the skip)
/// and the backward pass, given G = ∂L/∂h from the layer above:
///     ∂L/∂p_j = Σ_i G·∂f/∂p,   ∂L/∂u = G ⊙ f′(u),   ∂L/∂z = BN′(∂L/∂u) (or ∂L/∂u),
///     ∂L/∂h_in = ∂L/∂z · Wᵀ (+ G with the skip).
/// `ReferenceNetwork` spells out the same formulas in plain loops.
final class DenseLayer {
    let inputWidth: Int
    let inputStride: Int
    let width: Int
    let stride: Int
    /// nil for the output layer, whose outputs are the logits.
    let activation: (any Activation)?
    let saturationThreshold: Float
    /// Set when the activation has a learned parameter: one value per unit in `parameters`.
    let learnable: (any LearnableActivation)?
    /// nil unless the layer normalises its pre-activations.
    let normalization: BatchNormalization?
    /// Whether the layer adds its input to its output (h = h_in + f(…)).
    let residual: Bool

    let weights: FloatBuffer
    let bias: FloatBuffer
    let weightGradient: FloatBuffer
    let biasGradient: FloatBuffer
    let weightFirstMoment: FloatBuffer
    let weightSecondMoment: FloatBuffer
    let biasFirstMoment: FloatBuffer
    let biasSecondMoment: FloatBuffer
    /// Wᵀ, `stride × inputStride`, rebuilt each step to propagate δ to the previous layer.
    let transposedWeights: FloatBuffer
    /// Σ g² of each 8-row tile of the weight gradient, summed in tile order for the norm.
    private let normPartials: FloatBuffer

    /// Per unit, this epoch: 1 once some pre-activation was > 0. (Floats so that the
    /// statistics share the aligned buffer type; counts stay exact below 2²⁴ examples.)
    let everPositive: FloatBuffer
    /// Per unit, this epoch: on how many examples |f′(z)| was below `saturationThreshold`.
    let saturatedCounts: FloatBuffer

    /// The learned activation parameter of every unit (α or β), its gradient and moments;
    /// empty without a learnable activation.
    let parameters: FloatBuffer
    let parameterGradient: FloatBuffer
    let parameterFirstMoment: FloatBuffer
    let parameterSecondMoment: FloatBuffer

    /// The most parts a product is split into (`Network.parallelism`).
    var parallelism = Parallel.parts
    private(set) var capacity = 0
    private(set) var outputs = FloatBuffer(count: 0)
    private(set) var derivatives = FloatBuffer(count: 0)
    private(set) var deltas = FloatBuffer(count: 0)
    /// ∂f/∂p per example and unit, for a learnable activation.
    private(set) var parameterSlopes = FloatBuffer(count: 0)
    /// G = ∂L/∂h of the last batch, which a residual layer passes on unchanged to the layer below.
    private(set) var upstream = FloatBuffer(count: 0)

    init(inputWidth: Int, inputStride: Int, width: Int, activation: (any Activation)?,
         normalization: Normalization = .none, residual: Bool = false,
         initializer: WeightInitializer, generator: inout SeededGenerator) {
        self.inputWidth = inputWidth
        self.inputStride = inputStride
        self.width = width
        let stride = DenseLayer.padded(width, to: MatrixKernels.tileColumns)
        self.stride = stride
        self.activation = activation
        saturationThreshold = activation.map(ActivationFamily.saturationThreshold(of:)) ?? 0
        learnable = activation as? any LearnableActivation
        self.normalization = activation != nil && normalization == .batch
            ? BatchNormalization(width: width, stride: stride) : nil
        precondition(!residual || (inputWidth == width && inputStride == stride),
                     "an identity skip needs as many inputs as units")
        self.residual = residual
        let parameterCount = learnable == nil ? 0 : stride
        parameters = FloatBuffer(count: parameterCount)
        parameterGradient = FloatBuffer(count: parameterCount)
        parameterFirstMoment = FloatBuffer(count: parameterCount)
        parameterSecondMoment = FloatBuffer(count: parameterCount)
        if let learnable {
            for j in 0..<width { parameters.pointer[j] = learnable.parameter }
        }
        let weightCount = inputStride * stride
        weights = FloatBuffer(count: weightCount)
        weightGradient = FloatBuffer(count: weightCount)
        weightFirstMoment = FloatBuffer(count: weightCount)
        weightSecondMoment = FloatBuffer(count: weightCount)
        transposedWeights = FloatBuffer(count: weightCount)
        bias = FloatBuffer(count: stride)
        biasGradient = FloatBuffer(count: stride)
        biasFirstMoment = FloatBuffer(count: stride)
        biasSecondMoment = FloatBuffer(count: stride)
        normPartials = FloatBuffer(count: inputStride / MatrixKernels.tileRows)
        everPositive = FloatBuffer(count: stride)
        saturatedCounts = FloatBuffer(count: stride)
        let scale = initializer.scale(fanIn: inputWidth, fanOut: width)
        for p in 0..<inputWidth {
            for j in 0..<width {
                weights.pointer[p * stride + j] = initializer.draw(scale: scale, using: &generator)
            }
        }
    }

    /// Whether the layer needs more than the fused product–bias–activation pass.
    private var isPlain: Bool { learnable == nil && normalization == nil && !residual }

    /// Trainable numbers: weights, biases, and γ, β, α or β where present (unpadded).
    var parameterCount: Int {
        (inputWidth + 1) * width + (normalization == nil ? 0 : 2 * width) + (learnable == nil ? 0 : width)
    }

    /// `value` rounded up to a multiple of `multiple`.
    static func padded(_ value: Int, to multiple: Int) -> Int {
        (value + multiple - 1) / multiple * multiple
    }

    /// Makes room for batches of up to `rows` examples (a multiple of the kernel's tile rows).
    func reserve(rows: Int) {
        guard rows > capacity else { return }
        capacity = rows
        outputs = FloatBuffer(count: rows * stride)
        derivatives = FloatBuffer(count: rows * stride)
        deltas = FloatBuffer(count: rows * stride)
        if learnable != nil { parameterSlopes = FloatBuffer(count: rows * stride) }
        if residual { upstream = FloatBuffer(count: rows * stride) }
        normalization?.reserve(rows: rows)
    }

    /// outputs = f(input · W + b) and derivatives = f′(input · W + b) for `rows` rows (a multiple
    /// of 8, the first `valid` of them real examples); `training` records the dead/saturated
    /// statistics and makes batch normalisation use (and learn from) the batch's statistics.
    /// Each core takes a fixed range of column tiles and finishes them (bias, normalisation,
    /// activation, skip, statistics) while they are still in its cache.
    func forward(input: UnsafePointer<Float>, rows: Int, valid: Int, training: Bool) {
        let statistics = training
        let columnTiles = stride / MatrixKernels.tileColumns
        let parts = Parallel.parts(work: rows * inputStride * stride, pieces: columnTiles, limit: parallelism)
        Parallel.run(parts: parts) { part in
            let tiles = Parallel.range(part, of: parts, count: columnTiles)
            MatrixKernels.multiply(a: input, aRowStride: inputStride, aStepStride: 1,
                                   b: weights.pointer, ldb: stride, c: outputs.pointer, ldc: stride,
                                   depth: inputStride, rowTiles: 0..<(rows / MatrixKernels.tileRows),
                                   columnTiles: tiles)
            let columns = min(tiles.lowerBound * MatrixKernels.tileColumns, width)
                ..< min(tiles.upperBound * MatrixKernels.tileColumns, width)
            if let activation, !(activation is any BatchActivation) {
                if isPlain {
                    finish(activation, columns: columns, rows: rows, valid: valid, statistics: statistics)
                } else if let learnable {
                    finishLearned(learnable, columns: columns, rows: rows, valid: valid, input: input, training: training)
                } else {
                    finishFixed(activation, columns: columns, rows: rows, valid: valid, input: input, training: training)
                }
            } else if activation != nil {
                // A batch activation: bias and normalisation here, f after the product, for the whole batch.
                for j in columns {
                    for i in 0..<valid { outputs.pointer[i * stride + j] += bias.pointer[j] }
                    normalization?.forward(outputs.pointer, column: j, valid: valid, training: training)
                }
            } else {
                for i in 0..<valid {
                    let row = outputs.pointer + i * stride
                    for j in columns { row[j] += bias.pointer[j] }
                }
            }
        }
        if let batch = activation as? any BatchActivation {
            finishBatch(batch, rows: rows, valid: valid, statistics: statistics)
            if residual { addSkip(input: input, columns: 0..<width, valid: valid) }
        }
    }

    /// The unfused pass for a layer with normalisation or a skip and a fixed activation.
    private func finishFixed<F: Activation>(_ f: F, columns: Range<Int>, rows: Int, valid: Int,
                                            input: UnsafePointer<Float>, training: Bool) {
        finishColumns(columns: columns, rows: rows, valid: valid, input: input, training: training,
                      unit: { _ in f }, parameterGradient: nil)
    }

    /// The unfused pass for a layer with a learned parameter: unit j computes with p_j.
    private func finishLearned<F: LearnableActivation>(_ f: F, columns: Range<Int>, rows: Int, valid: Int,
                                                       input: UnsafePointer<Float>, training: Bool) {
        let p = parameters.pointer
        finishColumns(columns: columns, rows: rows, valid: valid, input: input, training: training,
                      unit: { f.with(parameter: p[$0]) }, parameterGradient: { $0.parameterGradient($1) })
    }

    /// One unit at a time: z = acc + b, u = BN(z), h = f_j(u) (+ input), with f′(u), ∂f/∂p and
    /// the statistics; rows past `valid` are zeroed.
    private func finishColumns<F: Activation>(columns: Range<Int>, rows: Int, valid: Int, input: UnsafePointer<Float>,
                                              training: Bool, unit: (Int) -> F,
                                              parameterGradient: ((F, Float) -> Float)?) {
        let positive = everPositive.pointer, saturated = saturatedCounts.pointer
        let threshold = saturationThreshold
        let out = outputs.pointer, slope = derivatives.pointer, pslope = parameterSlopes.pointer
        for j in columns {
            for i in 0..<valid { out[i * stride + j] += bias.pointer[j] }
            normalization?.forward(out, column: j, valid: valid, training: training)
            let f = unit(j)
            for i in 0..<valid {
                let k = i * stride + j, u = out[k]
                let d = f.derivative(u)
                out[k] = f(u)
                slope[k] = d
                if let parameterGradient { pslope[k] = parameterGradient(f, u) }
                if training {
                    if u > 0 { positive[j] = 1 }
                    if abs(d) < threshold { saturated[j] += 1 }
                }
            }
            for i in valid..<rows {
                out[i * stride + j] = 0
                slope[i * stride + j] = 0
                if parameterGradient != nil { pslope[i * stride + j] = 0 }
            }
        }
        if residual { addSkip(input: input, columns: columns, valid: valid) }
    }

    /// h += h_in for the real rows of `columns` (the identity skip).
    private func addSkip(input: UnsafePointer<Float>, columns: Range<Int>, valid: Int) {
        for i in 0..<valid {
            for j in columns { outputs.pointer[i * stride + j] += input[i * inputStride + j] }
        }
    }

    /// f(z) and f′(z) of a `BatchActivation` for the whole batch in one call, after the
    /// product and bias: its values come from elsewhere, so it is asked once per layer and batch
    /// instead of once per unit and example (and never from two threads at once).
    private func finishBatch(_ f: any BatchActivation, rows: Int, valid: Int, statistics: Bool) {
        var z: [Float] = []
        z.reserveCapacity(valid * width)
        for i in 0..<valid {
            let row = outputs.pointer + i * stride
            for j in 0..<width { z.append(row[j]) }
        }
        let (values, slopes) = f.evaluate(z)
        let answered = values.count == z.count && slopes.count == z.count
        let positive = everPositive.pointer, saturated = saturatedCounts.pointer
        for i in 0..<rows {
            let out = outputs.pointer + i * stride, slope = derivatives.pointer + i * stride
            for j in 0..<stride {
                guard i < valid, j < width else { out[j] = 0; slope[j] = 0; continue }
                let k = i * width + j
                // A batch that came back short counts as NaN, which the trainer reports as divergence.
                let d = answered ? slopes[k] : .nan
                out[j] = answered ? values[k] : .nan
                slope[j] = d
                if statistics {
                    if z[k] > 0 { positive[j] = 1 }
                    if abs(d) < saturationThreshold { saturated[j] += 1 }
                }
            }
        }
    }

    /// The fused pass after the product: z = acc + b, then f(z), f′(z) and the statistics.
    private func finish<F: Activation>(_ f: F, columns: Range<Int>, rows: Int, valid: Int, statistics: Bool) {
        let positive = everPositive.pointer, saturated = saturatedCounts.pointer
        let threshold = saturationThreshold
        for i in 0..<rows {
            let out = outputs.pointer + i * stride, slope = derivatives.pointer + i * stride
            guard i < valid else {
                for j in columns { out[j] = 0; slope[j] = 0 }
                continue
            }
            for j in columns {
                let z = out[j] + bias.pointer[j]
                let d = f.derivative(z)
                out[j] = f(z)
                slope[j] = d
                if statistics {
                    if z > 0 { positive[j] = 1 }
                    if abs(d) < threshold { saturated[j] += 1 }
                }
            }
        }
    }

    /// previous.deltas = ∂L/∂z of the layer below: G = deltas · Wᵀ (+ this layer's own G when
    /// it has a skip), then through the layer below's activation (and its normalisation), with
    /// the weights as they were in the forward pass (call this before `backward`).
    func propagate(into previous: DenseLayer, rows: Int, valid: Int) {
        MatrixKernels.transpose(weights.pointer, ld: stride, rows: inputWidth, columns: width,
                                into: transposedWeights.pointer, ldd: inputStride)
        let columnTiles = inputStride / MatrixKernels.tileColumns
        let parts = Parallel.parts(work: rows * inputStride * stride, pieces: columnTiles, limit: parallelism)
        Parallel.run(parts: parts) { part in
            MatrixKernels.multiply(a: deltas.pointer, aRowStride: stride, aStepStride: 1,
                                   b: transposedWeights.pointer, ldb: inputStride,
                                   c: previous.deltas.pointer, ldc: inputStride, depth: stride,
                                   rowTiles: 0..<(rows / MatrixKernels.tileRows),
                                   columnTiles: Parallel.range(part, of: parts, count: columnTiles))
        }
        if residual {
            let delta = previous.deltas.pointer, skip = upstream.pointer
            for i in Swift.stride(from: 0, to: rows * inputStride, by: 16) {
                MatrixKernels.store(MatrixKernels.load(delta + i) + MatrixKernels.load(skip + i), delta + i)
            }
        }
        previous.backpropagateActivation(rows: rows, valid: valid)
    }

    /// deltas holds G = ∂L/∂h; turns it into ∂L/∂z (keeping G for the skip and taking the
    /// learned parameters' gradient on the way).
    private func backpropagateActivation(rows: Int, valid: Int) {
        let delta = deltas.pointer, slope = derivatives.pointer
        let count = rows * stride
        if residual { upstream.pointer.update(from: delta, count: count) }
        if learnable != nil {
            for j in 0..<width {
                var sum: Float = 0
                for i in 0..<valid { sum += delta[i * stride + j] * parameterSlopes.pointer[i * stride + j] }
                parameterGradient.pointer[j] = sum
            }
        }
        for i in Swift.stride(from: 0, to: count, by: 16) {
            MatrixKernels.store(MatrixKernels.load(delta + i) * MatrixKernels.load(slope + i), delta + i)
        }
        if let normalization {
            for j in 0..<width { normalization.backward(delta, column: j, valid: valid) }
        }
    }

    /// Computes ∂L/∂W = inputᵀ · deltas and ∂L/∂b = Σ deltas, applies `optimizer` to the weights
    /// and biases when one is given, and returns ‖∂L/∂W‖². Each core takes a fixed range of
    /// weight rows: it computes their gradient and updates them while they are in its cache.
    func backward(input: UnsafePointer<Float>, rows: Int, optimizer: Optimizer?) -> Double {
        for j in Swift.stride(from: 0, to: stride, by: 16) {
            var sum = SIMD16<Float>()
            for i in 0..<rows { sum += MatrixKernels.load(deltas.pointer + i * stride + j) }
            MatrixKernels.store(sum, biasGradient.pointer + j)
        }
        let rowTiles = inputStride / MatrixKernels.tileRows
        let tileSize = MatrixKernels.tileRows * stride
        let parts = Parallel.parts(work: rows * inputStride * stride, pieces: rowTiles, limit: parallelism)
        Parallel.run(parts: parts) { part in
            // One 8-row strip of the gradient at a time: compute it, take its norm and update
            // its weights while the strip (8 × stride floats) is still in the L1 cache.
            for tile in Parallel.range(part, of: parts, count: rowTiles) {
                MatrixKernels.multiply(a: input, aRowStride: 1, aStepStride: inputStride,
                                       b: deltas.pointer, ldb: stride, c: weightGradient.pointer, ldc: stride,
                                       depth: rows, rowTiles: tile..<(tile + 1),
                                       columnTiles: 0..<(stride / MatrixKernels.tileColumns))
                let offset = tile * tileSize
                let g = weightGradient.pointer + offset
                var squares = SIMD16<Float>()
                for i in Swift.stride(from: 0, to: tileSize, by: 16) {
                    let v = MatrixKernels.load(g + i)
                    squares = squares.addingProduct(v, v)
                }
                normPartials.pointer[tile] = squares.sum()
                optimizer?.update(weights.pointer + offset, gradient: g, first: weightFirstMoment.pointer + offset,
                                  second: weightSecondMoment.pointer + offset, count: tileSize)
            }
        }
        optimizer?.update(bias.pointer, gradient: biasGradient.pointer, first: biasFirstMoment.pointer,
                          second: biasSecondMoment.pointer, count: stride)
        if let optimizer {
            normalization?.update(with: optimizer)
            if learnable != nil {
                optimizer.update(parameters.pointer, gradient: parameterGradient.pointer,
                                 first: parameterFirstMoment.pointer, second: parameterSecondMoment.pointer, count: stride)
            }
        }
        var norm = 0.0
        for tile in 0..<rowTiles { norm += Double(normPartials.pointer[tile]) }
        return norm
    }

    /// Clears the per-epoch unit statistics.
    func resetStatistics() {
        everPositive.zero()
        saturatedCounts.zero()
    }
}

/// How a layer's initial weights are drawn; biases always start at zero (as in Keras).
///
/// Glorot and He are uniform draws, LeCun a truncated normal one, as Keras' `glorot_uniform`,
/// `he_uniform` and `lecun_normal`.
public enum WeightInitializer: String, Codable, Sendable, Hashable, CaseIterable {
    /// Glorot (Xavier) uniform, Keras' default: U(−l, l) with l = √(6 / (fan_in + fan_out)).
    case glorot
    /// He (Kaiming) uniform, Keras' `he_uniform`: U(−l, l) with l = √(6 / fan_in), which keeps
    /// the variance of ReLU pre-activations constant through depth (variance 2 / fan_in).
    case he
    /// LeCun normal, Keras' `lecun_normal`, the initialisation SELU's self-normalisation assumes
    /// (Klambauer et al. 2017): a normal draw of variance 1 / fan_in truncated at two standard
    /// deviations, with the standard deviation divided by 0.8796… (the truncated normal's own)
    /// so that the variance is still 1 / fan_in.
    case lecun

    /// Whether the draw is uniform or normal, for help texts and reports.
    public var distribution: String {
        switch self {
        case .glorot, .he: "uniform"
        case .lecun: "truncated normal"
        }
    }

    /// The uniform draw's half-width, or the normal draw's standard deviation.
    func scale(fanIn: Int, fanOut: Int) -> Float {
        switch self {
        case .glorot: (6 / Float(fanIn + fanOut)).squareRoot()
        case .he: (6 / Float(fanIn)).squareRoot()
        case .lecun: Float((1 / Double(fanIn)).squareRoot() / 0.87962566103423978)
        }
    }

    /// One weight. Uniform: U(−scale, scale) from the top 24 bits of the generator's next
    /// number. Normal: Box–Muller in Double from two such numbers, drawn again until within
    /// two standard deviations, so the sequence depends only on the seed.
    func draw(scale: Float, using generator: inout SeededGenerator) -> Float {
        switch self {
        case .glorot, .he:
            return (2 * generator.nextUnitFloat() - 1) * scale
        case .lecun:
            while true {
                let u1 = (Double(generator.next() >> 11) + 0.5) / 9007199254740992 // (0, 1)
                let u2 = Double(generator.next() >> 11) / 9007199254740992
                let z = (-2 * Foundation.log(u1)).squareRoot() * Foundation.cos(2 * Double.pi * u2)
                if abs(z) <= 2 { return Float(z) * scale }
            }
        }
    }
}
