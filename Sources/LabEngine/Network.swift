import ActivationCore
import LabData

/// A multilayer perceptron: dense hidden layers, each with its own activation, and a softmax
/// output trained with cross-entropy.
///
/// All buffers are allocated when the network is built (and grown once if a larger batch is
/// asked for); a training step allocates nothing. Not thread-safe: one network, one trainer.
public final class Network {
    public let description: NetworkDescription
    /// The activation names of the hidden layers, for reports.
    var hiddenNames: [String] { description.activations }
    /// The family of each hidden layer's activation (which statistic matters).
    let families: [ActivationFamily]

    let layers: [DenseLayer]
    let inputStride: Int
    /// The most cores a product is split over (default: all of them, at most 8). Results do not
    /// depend on it (see Unchecked.swift); the tests set it to check exactly that.
    var parallelism = Parallel.parts {
        didSet { for layer in layers { layer.parallelism = parallelism } }
    }
    private(set) var capacity = 0
    private var input = FloatBuffer(count: 0)
    /// Features as the data set writes them (featureCount per row) when that differs from
    /// `inputStride`; nil when rows can be written straight into `input`.
    private var staging: FloatBuffer?
    private var labels: [Int32] = []

    /// A network with freshly initialised weights (biases zero).
    ///
    /// - Parameters:
    ///   - inputCount: features per example.
    ///   - hidden: the hidden layers, input side first (may be empty: softmax regression).
    ///   - classCount: output classes.
    ///   - initializer: how the initial weights are drawn.
    ///   - normalization: batch normalisation before every hidden activation, or none.
    ///   - residual: an identity skip around every hidden layer whose input is as wide as its
    ///     output (h ← h + f(Wh + b)); the others stay plain.
    ///   - seed: determines every initial weight.
    public init(inputCount: Int, hidden: [HiddenLayer], classCount: Int,
                initializer: WeightInitializer = .glorot, normalization: Normalization = .none,
                residual: Bool = false, seed: UInt64) {
        precondition(inputCount > 0 && classCount > 0 && hidden.allSatisfy { $0.width > 0 },
                     "a network needs inputs, classes and non-empty layers")
        var generator = SeededGenerator(seed: seed)
        inputStride = DenseLayer.padded(inputCount, to: MatrixKernels.tileRows)
        var layers: [DenseLayer] = []
        var width = inputCount, stride = inputStride
        for layer in hidden.map(Optional.some) + [nil] {
            let units = layer?.width ?? classCount
            let skip = residual && layer != nil && units == width
                && DenseLayer.padded(units, to: MatrixKernels.tileColumns) == stride
            let dense = DenseLayer(inputWidth: width, inputStride: stride, width: units,
                                   activation: layer?.activation,
                                   normalization: layer == nil ? .none : normalization, residual: skip,
                                   initializer: initializer, generator: &generator)
            layers.append(dense)
            width = dense.width
            stride = dense.stride
        }
        self.layers = layers
        families = hidden.map { ActivationFamily(probing: $0.activation) }
        description = NetworkDescription(
            inputCount: inputCount, hiddenWidths: hidden.map(\.width), activations: hidden.map(\.name),
            classCount: classCount, initializer: initializer, normalization: normalization,
            residualLayers: layers.indices.filter { layers[$0].residual }.map { $0 + 1 },
            learnedParameters: layers.dropLast().map { $0.learnable.map { type(of: $0).parameterName } },
            seed: seed, parameterCount: layers.reduce(0) { $0 + $1.parameterCount })
        reserve(rows: 256)
    }

    var inputCount: Int { description.inputCount }
    var classCount: Int { description.classCount }

    /// Makes room for batches of `rows` examples; only grows, and only allocates when it does.
    func reserve(rows: Int) {
        let rows = DenseLayer.padded(rows, to: MatrixKernels.tileRows)
        guard rows > capacity else { return }
        capacity = rows
        input = FloatBuffer(count: rows * inputStride)
        staging = inputStride == inputCount ? nil : FloatBuffer(count: rows * inputCount)
        labels = [Int32](repeating: 0, count: rows)
        for layer in layers { layer.reserve(rows: rows) }
    }

    // MARK: Parameters

    /// The number of weight matrices: hidden layers plus the output layer.
    public var layerCount: Int { layers.count }

    /// Layer `index`'s weights, `inputs × units` row-major (Keras' kernel layout), unpadded.
    public func weights(layer index: Int) -> [Float] {
        unpadded(layers[index].weights, layer: layers[index])
    }

    /// Layer `index`'s biases, unpadded.
    public func biases(layer index: Int) -> [Float] {
        Array(UnsafeBufferPointer(start: layers[index].bias.pointer, count: layers[index].width))
    }

    /// The learned activation parameter of every unit of layer `index` (α or β), or nil when its
    /// activation has none.
    public func learnedParameters(layer index: Int) -> [Float]? {
        let layer = layers[index]
        guard layer.learnable != nil else { return nil }
        return Array(UnsafeBufferPointer(start: layer.parameters.pointer, count: layer.width))
    }

    /// ∂L/∂W of layer `index` from the last step, unpadded (for tests).
    func weightGradient(layer index: Int) -> [Float] {
        unpadded(layers[index].weightGradient, layer: layers[index])
    }

    /// ∂L/∂b of layer `index` from the last step, unpadded (for tests).
    func biasGradient(layer index: Int) -> [Float] {
        Array(UnsafeBufferPointer(start: layers[index].biasGradient.pointer, count: layers[index].width))
    }

    private func unpadded(_ buffer: FloatBuffer, layer: DenseLayer) -> [Float] {
        var values: [Float] = []
        values.reserveCapacity(layer.inputWidth * layer.width)
        for p in 0..<layer.inputWidth {
            values += UnsafeBufferPointer(start: buffer.pointer + p * layer.stride, count: layer.width)
        }
        return values
    }

    // MARK: Steps

    /// Loads the features and labels of `rows` of `dataset` as the current batch; returns the
    /// batch's row count rounded up to the kernel tile (the extra rows are zero).
    ///
    /// Byte images are converted here rather than by `Dataset.copyFeatures`, with the very same
    /// expression (x / 255, so the values are identical): compiled with LabEngine's native-CPU
    /// flags, the loop vectorizes and the conversion stops showing in the profile, and the rows
    /// land directly at their padded stride.
    func load(_ dataset: Dataset, rows: some Collection<Int>) -> Int {
        let count = rows.count
        precondition(count <= capacity, "batch larger than the reserved capacity")
        switch dataset.storage {
        case .bytes(let bytes):
            bytes.withUnsafeBufferPointer { bytes in
                for (slot, row) in rows.enumerated() {
                    precondition(row >= 0 && row < dataset.count, "row \(row) outside the data set")
                    let source = bytes.baseAddress! + row * inputCount, target = input.pointer + slot * inputStride
                    for column in 0..<inputCount { target[column] = Float(source[column]) / 255 }
                }
            }
        case .floats:
            if let staging {
                dataset.copyFeatures(rows: rows, into: staging.pointer)
                for i in 0..<count {
                    (input.pointer + i * inputStride).update(from: staging.pointer + i * inputCount, count: inputCount)
                }
            } else {
                dataset.copyFeatures(rows: rows, into: input.pointer)
            }
        }
        for (slot, row) in rows.enumerated() { labels[slot] = Int32(dataset.labels[row]) }
        return zeroTail(after: count)
    }

    /// Loads `count` rows of raw features (`inputCount` Floats each) with no labels.
    func load(features: UnsafePointer<Float>, count: Int) -> Int {
        precondition(count <= capacity, "batch larger than the reserved capacity")
        for i in 0..<count {
            (input.pointer + i * inputStride).update(from: features + i * inputCount, count: inputCount)
        }
        return zeroTail(after: count)
    }

    /// The first `rows` rows of the loaded batch, padded (for tests).
    func inputRows(_ rows: Int) -> [Float] {
        Array(UnsafeBufferPointer(start: input.pointer, count: rows * inputStride))
    }

    /// Zeroes the input rows from `count` up to the next tile boundary, which it returns.
    private func zeroTail(after count: Int) -> Int {
        let padded = DenseLayer.padded(count, to: MatrixKernels.tileRows)
        (input.pointer + count * inputStride).update(repeating: 0, count: (padded - count) * inputStride)
        return padded
    }

    /// Runs the loaded batch forward through every layer: `training` uses the batch's own
    /// statistics in batch normalisation (and updates the running ones) and records the dead
    /// and saturated units; otherwise the network predicts, as in evaluation.
    func forward(rows: Int, valid: Int, training: Bool) {
        var source = UnsafePointer(input.pointer)
        for layer in layers {
            layer.forward(input: source, rows: rows, valid: valid, training: training)
            source = UnsafePointer(layer.outputs.pointer)
        }
    }

    /// Loss (summed) and correct count of the loaded, forwarded batch; with `gradient`, also
    /// writes ∂(mean loss)/∂logits into the output layer's deltas.
    func head(valid: Int, gradient: Bool) -> (loss: Double, correct: Int) {
        let output = layers[layers.count - 1]
        if gradient {
            // Rows past the batch may hold deltas of an earlier, larger batch: clear them so
            // they add nothing to the weight gradients.
            let padded = DenseLayer.padded(valid, to: MatrixKernels.tileRows)
            (output.deltas.pointer + valid * output.stride).update(repeating: 0, count: (padded - valid) * output.stride)
        }
        return labels.withUnsafeBufferPointer { labels in
            SoftmaxCrossEntropy.evaluate(
                logits: output.outputs.pointer, stride: output.stride, classes: output.width, rows: valid,
                labels: labels.baseAddress!, delta: gradient ? output.deltas.pointer : nil,
                scale: 1 / Float(valid))
        }
    }

    /// Backpropagates from the output deltas: every layer's gradients, updating the parameters
    /// with `optimizer` when given. Writes ‖∂L/∂W‖ of each layer into `norms` (layer order).
    /// The first layer's input gradient is never computed: nothing needs it.
    func backward(rows: Int, valid: Int, optimizer: Optimizer?, norms: UnsafeMutablePointer<Double>) {
        for index in layers.indices.reversed() {
            let layer = layers[index]
            if index > 0 { layer.propagate(into: layers[index - 1], rows: rows, valid: valid) }
            let source = index > 0 ? UnsafePointer(layers[index - 1].outputs.pointer) : UnsafePointer(input.pointer)
            norms[index] = layer.backward(input: source, rows: rows, optimizer: optimizer).squareRoot()
        }
    }

    // MARK: Cost

    /// The matrix products of one training step with `batchSize` examples, as (rows × depth) ·
    /// (depth × columns), in the network's true (unpadded) sizes: per layer the forward product
    /// and the weight gradient, and for every layer but the first the product that propagates δ.
    func productShapes(batchSize: Int) -> [(rows: Int, columns: Int, depth: Int)] {
        layers.enumerated().flatMap { index, layer in
            [(batchSize, layer.width, layer.inputWidth), (layer.inputWidth, layer.width, batchSize)]
                + (index > 0 ? [(batchSize, layer.inputWidth, layer.width)] : [])
        }
    }

    /// Floating-point operations (2 per multiply-add) of the matrix products of one training
    /// step, counted on the true sizes: what `lab bench` divides by the time for GFLOP/s.
    public func trainingFLOPs(batchSize: Int) -> Double {
        productShapes(batchSize: batchSize).reduce(0) { $0 + 2 * Double($1.rows * $1.columns * $1.depth) }
    }

    // MARK: Evaluation

    /// Mean cross-entropy and accuracy over `dataset`, in batches of the reserved capacity.
    public func evaluate(_ dataset: Dataset) -> (loss: Double, accuracy: Double) {
        precondition(dataset.featureCount == inputCount && dataset.classCount <= classCount,
                     "data set shape does not match the network")
        guard dataset.count > 0 else { return (.nan, .nan) }
        var loss = 0.0, correct = 0, start = 0
        while start < dataset.count {
            let end = min(start + capacity, dataset.count)
            let rows = load(dataset, rows: start..<end)
            forward(rows: rows, valid: end - start, training: false)
            let result = head(valid: end - start, gradient: false)
            loss += result.loss
            correct += result.correct
            start = end
        }
        return (loss / Double(dataset.count), Double(correct) / Double(dataset.count))
    }

    /// Class probabilities (softmax) for `features`, `inputCount` Floats per example, row-major;
    /// returns `classCount` probabilities per example. For decision-boundary plots and demos.
    public func probabilities(_ features: [Float]) -> [Float] {
        precondition(features.count % inputCount == 0, "features must be whole rows of \(inputCount)")
        let count = features.count / inputCount
        var result = [Float](repeating: 0, count: count * classCount)
        let output = layers[layers.count - 1]
        features.withUnsafeBufferPointer { features in
            result.withUnsafeMutableBufferPointer { result in
                var start = 0
                while start < count {
                    let end = min(start + capacity, count)
                    let rows = load(features: features.baseAddress! + start * inputCount, count: end - start)
                    forward(rows: rows, valid: end - start, training: false)
                    SoftmaxCrossEntropy.probabilities(
                        logits: output.outputs.pointer, stride: output.stride, classes: classCount,
                        rows: end - start, into: result.baseAddress! + start * classCount)
                    start = end
                }
            }
        }
        return result
    }

    /// The most probable class of each example in `features` (`inputCount` Floats per row).
    public func predict(_ features: [Float]) -> [Int] {
        let p = probabilities(features)
        return stride(from: 0, to: p.count, by: classCount).map { start in
            var best = start
            for j in start..<(start + classCount) where p[j] > p[best] { best = j }
            return best - start
        }
    }
}

/// One hidden layer as the caller asks for it: its width and its activation.
///
/// `name` is what reports print (the catalog's kebab-case name, or anything descriptive);
/// `activation` is the function itself, so a student's Exercise, a Solution or a
/// `CustomActivation` all train the same way.
public struct HiddenLayer: Sendable {
    public var width: Int
    public var name: String
    public var activation: any Activation

    public init(width: Int, name: String, activation: any Activation) {
        self.width = width
        self.name = name
        self.activation = activation
    }
}
