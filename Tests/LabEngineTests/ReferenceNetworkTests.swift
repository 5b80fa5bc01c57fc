import ActivationCatalog
import ActivationCore
import Testing
@testable import LabEngine
import LabData

/// The fast engine against the readable one: same weights, same batch, same gradients.
///
/// Tolerance: the fast engine computes in Float, the reference in Double, so each gradient may
/// differ by float rounding accumulated over a layer's inputs and batch: |fast − reference| ≤
/// 1e-5 + 1e-3 · (the largest |reference| of that layer). A wrong tile edge, a stale padding
/// row or a mistransposed product is off by far more (usually by the size of the gradient).
@Suite struct ReferenceNetworkTests {
    /// A random network and batch: `inputs` features, `widths` hidden layers, `classes` outputs.
    static func compare(activations: [any Activation], widths: [Int], inputs: Int, classes: Int,
                        batch: Int, seed: UInt64, normalization: Normalization = .none, residual: Bool = false) {
        var generator = SeededGenerator(seed: seed)
        let features = (0..<(batch * inputs)).map { _ in 4 * generator.nextUnitFloat() - 2 }
        let labels = (0..<batch).map { _ in UInt8(generator.next() % UInt64(classes)) }
        let data = Dataset(name: "random", featureCount: inputs, classCount: classes, labels: labels, storage: .floats(features))
        let hidden = zip(widths, activations).map { HiddenLayer(width: $0, name: "f", activation: $1) }
        let network = Network(inputCount: inputs, hidden: hidden, classCount: classes,
                              normalization: normalization, residual: residual, seed: seed)
        // Move the learned parameters and γ, β off their initial values, so that a gradient that
        // ignores them (γ = 1, β = 0, α the same in every unit) cannot pass by accident.
        for layer in network.layers {
            for j in 0..<layer.width {
                if layer.learnable != nil { layer.parameters.pointer[j] += 0.1 * Float(j % 5) - 0.2 }
                if let bn = layer.normalization {
                    bn.scale.pointer[j] = 0.5 + 0.25 * Float(j % 4)
                    bn.shift.pointer[j] = 0.1 * Float(j % 3) - 0.1
                }
            }
        }
        let reference = ReferenceNetwork(network)

        network.reserve(rows: batch)
        let rows = network.load(data, rows: 0..<batch)
        network.forward(rows: rows, valid: batch, training: true)
        let fastLoss = network.head(valid: batch, gradient: true).loss / Double(batch)
        var norms = [Double](repeating: 0, count: network.layerCount)
        network.backward(rows: rows, valid: batch, optimizer: nil, norms: &norms)

        let x = (0..<batch).map { i in (0..<inputs).map { Double(features[i * inputs + $0]) } }
        let expected = reference.lossAndGradients(x, labels: labels.map(Int.init))
        let context = "widths \(widths), batch \(batch), seed \(seed), \(normalization), residual \(residual)"
        #expect(abs(fastLoss - expected.loss) <= 1e-5 + 1e-4 * abs(expected.loss), "loss, \(context)")
        for layer in 0..<network.layerCount {
            let gradients = expected.layers[layer], dense = network.layers[layer]
            let weights = gradients.weights.flatMap { $0 }
            close(network.weightGradient(layer: layer), weights, "∂L/∂W[\(layer)], \(context)")
            // With batch normalisation ∂L/∂b is zero up to rounding: compare it absolutely.
            close(network.biasGradient(layer: layer), gradients.biases,
                  "∂L/∂b[\(layer)], \(context)", absolute: dense.normalization != nil)
            #expect((dense.learnable != nil) == (gradients.parameters != nil), "learned parameters, \(context)")
            if let parameters = gradients.parameters {
                close(Array(UnsafeBufferPointer(start: dense.parameterGradient.pointer, count: dense.width)), parameters,
                      "∂L/∂p[\(layer)], \(context)")
            }
            #expect((dense.normalization != nil) == (gradients.scale != nil), "normalisation, \(context)")
            if let bn = dense.normalization, let scale = gradients.scale, let shift = gradients.shift {
                close(Array(UnsafeBufferPointer(start: bn.scaleGradient.pointer, count: dense.width)), scale, "∂L/∂γ[\(layer)], \(context)")
                close(Array(UnsafeBufferPointer(start: bn.shiftGradient.pointer, count: dense.width)), shift, "∂L/∂β[\(layer)], \(context)")
            }
            let norm = weights.reduce(0) { $0 + $1 * $1 }.squareRoot()
            #expect(abs(norms[layer] - norm) <= 1e-5 + 1e-3 * norm, "‖∂L/∂W[\(layer)]‖, \(context)")
        }
    }

    /// `absolute`: the gradient is zero in exact arithmetic (a bias before batch normalisation),
    /// so only float noise of the layer's other gradients' size is allowed.
    static func close(_ fast: [Float], _ reference: [Double], _ what: String, absolute: Bool = false) {
        #expect(fast.count == reference.count, "\(what): sizes")
        let scale = absolute ? 1e-2 : reference.map(abs).max() ?? 0
        let worst = zip(fast, reference).map { abs(Double($0) - $1) }.max() ?? 0
        #expect(worst <= 1e-5 + 1e-3 * scale, "\(what): off by \(worst) (largest gradient \(scale))")
    }

    /// Batch sizes below, at and past the 8-row tile, and widths below, at and past the 32-column
    /// tile (inputs padded to 8, units to 32).
    static let shapes: [(widths: [Int], inputs: Int, classes: Int, batch: Int)] = [
        ([5], 3, 3, 1), ([32], 8, 10, 8), ([33, 7], 9, 4, 13), ([40, 32, 3], 5, 2, 32), ([17], 31, 10, 37),
    ]

    @Test(arguments: 0..<shapes.count)
    func matchesWithLocalActivations(shape: Int) {
        let (widths, inputs, classes, batch) = Self.shapes[shape]
        let mix: [any Activation] = [TestActivations.Tanh(), TestActivations.ReLU(), TestActivations.Sigmoid()]
        Self.compare(activations: widths.indices.map { mix[$0 % mix.count] }, widths: widths, inputs: inputs,
                     classes: classes, batch: batch, seed: UInt64(shape + 1))
    }

    @Test(.enabled(if: TestActivations.solutionsBuilt, "needs KIT_IMPL=solutions"),
          arguments: ActivationCatalog.names)
    func matchesWithEveryCatalogActivation(name: String) throws {
        let activation = try ActivationCatalog.lookup(name)
        for (index, shape) in Self.shapes.enumerated() {
            Self.compare(activations: shape.widths.map { _ in activation }, widths: shape.widths, inputs: shape.inputs,
                         classes: shape.classes, batch: shape.batch, seed: UInt64(10 + index))
        }
    }

    /// Batch normalisation, identity skips and learned parameters, alone and together, at tile
    /// edges (widths 32 and 33, batches 1, 8, 13) so padding rows and columns are exercised.
    static let variants: [(normalization: Normalization, residual: Bool, learned: Bool)] = [
        (.batch, false, false), (.none, true, false), (.none, false, true), (.batch, true, true),
    ]

    @Test(arguments: 0..<variants.count)
    func matchesWithNormalizationSkipsAndLearnedParameters(variant: Int) {
        let (normalization, residual, learned) = Self.variants[variant]
        let mix: [any Activation] = learned
            ? [TestActivations.PReLU(), TestActivations.Swish(), TestActivations.Tanh()]
            : [TestActivations.Tanh(), TestActivations.ReLU(), TestActivations.Sigmoid()]
        for (index, shape) in [([32, 32, 32], 32, 10, 13), ([33, 33], 5, 4, 8), ([7, 7, 7], 7, 3, 2)].enumerated() {
            Self.compare(activations: shape.0.indices.map { mix[$0 % mix.count] }, widths: shape.0, inputs: shape.1,
                         classes: shape.2, batch: shape.3, seed: UInt64(30 + index),
                         normalization: normalization, residual: residual)
        }
    }
}
