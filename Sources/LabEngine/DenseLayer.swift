import ActivationCore
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
final class DenseLayer {
    let inputWidth: Int
    let inputStride: Int
    let width: Int
    let stride: Int
    /// nil for the output layer, whose outputs are the logits.
    let activation: (any Activation)?
    let saturationThreshold: Float

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

    /// The most parts a product is split into (`Network.parallelism`).
    var parallelism = Parallel.parts
    private(set) var capacity = 0
    private(set) var outputs = FloatBuffer(count: 0)
    private(set) var derivatives = FloatBuffer(count: 0)
    private(set) var deltas = FloatBuffer(count: 0)

    init(inputWidth: Int, inputStride: Int, width: Int, activation: (any Activation)?,
         initializer: WeightInitializer, generator: inout SeededGenerator) {
        self.inputWidth = inputWidth
        self.inputStride = inputStride
        self.width = width
        self.stride = DenseLayer.padded(width, to: MatrixKernels.tileColumns)
        self.activation = activation
        saturationThreshold = activation.map(ActivationFamily.saturationThreshold(of:)) ?? 0
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
        let limit = initializer.limit(fanIn: inputWidth, fanOut: width)
        for p in 0..<inputWidth {
            for j in 0..<width {
                weights.pointer[p * stride + j] = initializer.draw(limit: limit, using: &generator)
            }
        }
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
    }

    /// outputs = f(input · W + b) and derivatives = f′(input · W + b) for `rows` rows (a multiple
    /// of 8, the first `valid` of them real examples), recording the dead/saturated statistics
    /// when `statistics` is set. Each core takes a fixed range of column tiles and finishes
    /// them (bias, activation, statistics) while they are still in its cache.
    func forward(input: UnsafePointer<Float>, rows: Int, valid: Int, statistics: Bool) {
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
                finish(activation, columns: columns, rows: rows, valid: valid, statistics: statistics)
            } else {
                for i in 0..<valid {
                    let row = outputs.pointer + i * stride
                    for j in columns { row[j] += bias.pointer[j] }
                }
            }
        }
        if let batch = activation as? any BatchActivation {
            finishBatch(batch, rows: rows, valid: valid, statistics: statistics)
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

    /// previous.deltas = (deltas · Wᵀ) ⊙ previous.derivatives: ∂L/∂z of the layer below, with the
    /// weights as they were in the forward pass (call this before `update`).
    func propagate(into previous: DenseLayer, rows: Int) {
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
        let delta = previous.deltas.pointer, slope = previous.derivatives.pointer
        for i in Swift.stride(from: 0, to: rows * inputStride, by: 16) {
            MatrixKernels.store(MatrixKernels.load(delta + i) * MatrixKernels.load(slope + i), delta + i)
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
public enum WeightInitializer: String, Codable, Sendable, Hashable, CaseIterable {
    /// Glorot (Xavier) uniform, Keras' default: U(−l, l) with l = √(6 / (fan_in + fan_out)).
    case glorot
    /// He (Kaiming) uniform, Keras' `he_uniform`: U(−l, l) with l = √(6 / fan_in), which keeps
    /// the variance of ReLU pre-activations constant through depth. Uniform rather than normal so
    /// that both choices use the same simple, exactly reproducible draw.
    case he

    /// The half-width of the uniform distribution for a layer of `fanIn` inputs and `fanOut` units.
    func limit(fanIn: Int, fanOut: Int) -> Float {
        switch self {
        case .glorot: (6 / Float(fanIn + fanOut)).squareRoot()
        case .he: (6 / Float(fanIn)).squareRoot()
        }
    }

    /// One weight: U(−limit, limit) from the top 24 bits of the generator's next number.
    func draw(limit: Float, using generator: inout SeededGenerator) -> Float {
        (2 * generator.nextUnitFloat() - 1) * limit
    }
}
