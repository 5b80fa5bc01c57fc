import ActivationCatalog
import ActivationCore
import Foundation
import Testing
@testable import LabEngine
import LabData

/// Backpropagation against central finite differences of the reference network's loss, for
/// every activation: a wrong f′ or a wrong transposed product shows here.
@Suite struct GradientCheckTests {
    static let features = 3, classes = 3, examples = 6

    /// A fixed random batch: the check uses the first `examples`; all 8 rows prime the buffers
    /// first, so stale rows past a smaller batch would show up as wrong gradients.
    static let batch: Dataset = {
        var generator = SeededGenerator(seed: 21)
        let values = (0..<(8 * features)).map { _ in 4 * generator.nextUnitFloat() - 2 }
        return Dataset(name: "gradient check", featureCount: features, classCount: classes,
                       labels: (0..<8).map { UInt8($0 % classes) }, storage: .floats(values))
    }()

    /// Mean cross-entropy of `batch` in Double, by the reference network with these weights.
    static func loss(weights: [[Double]], biases: [[Double]], network: Network) -> Double {
        guard case .floats(let x) = batch.storage else { fatalError("float features expected") }
        var reference = ReferenceNetwork(network)
        for layer in reference.layers.indices {
            let units = biases[layer].count
            reference.layers[layer].weights = reference.layers[layer].weights.indices.map { p in
                Array(weights[layer][(p * units)..<((p + 1) * units)])
            }
            reference.layers[layer].biases = biases[layer]
        }
        let rows = (0..<examples).map { i in (0..<features).map { Double(x[i * features + $0]) } }
        return reference.lossAndGradients(rows, labels: (0..<examples).map { Int(batch.labels[$0]) }).loss
    }

    /// Compares the network's gradients with finite differences for hidden layers 5 and 4 wide.
    static func check(_ activations: [any Activation]) {
        let network = Network(inputCount: features,
                              hidden: zip([5, 4], activations).map { HiddenLayer(width: $0, name: "f", activation: $1) },
                              classCount: classes, seed: 4)
        var norms = [Double](repeating: 0, count: network.layerCount)
        for count in [8, examples] {
            let rows = network.load(batch, rows: 0..<count)
            network.forward(rows: rows, valid: count, training: false)
            _ = network.head(valid: count, gradient: true)
            network.backward(rows: rows, valid: count, optimizer: nil, norms: &norms)
        }

        let weights = (0..<network.layerCount).map { network.weights(layer: $0).map(Double.init) }
        let biases = (0..<network.layerCount).map { network.biases(layer: $0).map(Double.init) }
        let h = 1e-3
        func numeric(_ perturb: (inout [[Double]], inout [[Double]], Double) -> Void) -> Double {
            var (w, b) = (weights, biases)
            perturb(&w, &b, h)
            let up = loss(weights: w, biases: b, network: network)
            (w, b) = (weights, biases)
            perturb(&w, &b, -h)
            return (up - loss(weights: w, biases: b, network: network)) / (2 * h)
        }
        for layer in 0..<network.layerCount {
            let analytic = network.weightGradient(layer: layer)
            for index in analytic.indices {
                let expected = numeric { w, _, d in w[layer][index] += d }
                #expect(abs(Double(analytic[index]) - expected) <= 2e-4 + 1e-2 * abs(expected),
                        "∂L/∂W[\(layer)][\(index)]")
            }
            let analyticBias = network.biasGradient(layer: layer)
            for index in analyticBias.indices {
                let expected = numeric { _, b, d in b[layer][index] += d }
                #expect(abs(Double(analyticBias[index]) - expected) <= 2e-4 + 1e-2 * abs(expected),
                        "∂L/∂b[\(layer)][\(index)]")
            }
            let squares = analytic.reduce(0.0) { $0 + Double($1) * Double($1) }
            #expect(abs(norms[layer] - squares.squareRoot()) <= 1e-5 * (1 + norms[layer]))
        }
    }

    @Test func localActivations() {
        Self.check([TestActivations.Sigmoid(), TestActivations.Sigmoid()])
        Self.check([TestActivations.Tanh(), TestActivations.ReLU()])
    }

    @Test(.enabled(if: TestActivations.solutionsBuilt, "needs KIT_IMPL=solutions"),
          arguments: TestActivations.catalogNames)
    func catalogActivation(name: String) throws {
        let activation = try #require(ActivationCatalog.activation(named: name))
        Self.check([activation, activation])
    }

    /// The readable network's own backward pass against finite differences of its loss, with
    /// batch normalisation, identity skips and learned α and β: every parameter kind, every layer.
    /// (The fast engine is held to the readable one by ReferenceNetworkTests; this closes the loop.)
    @Test(arguments: [(Normalization.batch, false), (.none, true), (.batch, true)])
    func referenceBackwardWithNormalizationSkipsAndLearnedParameters(normalization: Normalization, residual: Bool) {
        guard case .floats(let x) = Self.batch.storage else { fatalError("float features expected") }
        let hidden = [HiddenLayer(width: 3, name: "prelu", activation: TestActivations.PReLU()),
                      HiddenLayer(width: 3, name: "swish", activation: TestActivations.Swish(parameter: 1.3)),
                      HiddenLayer(width: 3, name: "tanh", activation: TestActivations.Tanh())]
        let network = Network(inputCount: Self.features, hidden: hidden, classCount: Self.classes,
                              normalization: normalization, residual: residual, seed: 8)
        var reference = ReferenceNetwork(network)
        for layer in reference.layers.indices where reference.layers[layer].normalization != nil {
            reference.layers[layer].normalization = (scale: [0.7, 1.2, 0.9], shift: [0.1, -0.2, 0.05])
        }
        let rows = (0..<Self.examples).map { i in (0..<Self.features).map { Double(x[i * Self.features + $0]) } }
        let labels = (0..<Self.examples).map { Int(Self.batch.labels[$0]) }
        let analytic = reference.lossAndGradients(rows, labels: labels).layers
        let h = 1e-4
        func numeric(_ perturb: (inout ReferenceNetwork, Double) -> Void) -> Double {
            var up = reference, down = reference
            perturb(&up, h)
            perturb(&down, -h)
            return (up.lossAndGradients(rows, labels: labels).loss - down.lossAndGradients(rows, labels: labels).loss) / (2 * h)
        }
        func expectClose(_ value: Double, _ expected: Double, _ what: String) {
            #expect(abs(value - expected) <= 1e-4 + 1e-2 * abs(expected), "\(what): \(value) vs \(expected)")
        }
        for l in reference.layers.indices {
            let context = "layer \(l), \(normalization), residual \(residual)"
            for p in reference.layers[l].weights.indices {
                for j in reference.layers[l].biases.indices {
                    expectClose(analytic[l].weights[p][j], numeric { $0.layers[l].weights[p][j] += $1 }, "∂L/∂W[\(p)][\(j)], \(context)")
                }
            }
            for j in reference.layers[l].biases.indices {
                expectClose(analytic[l].biases[j], numeric { $0.layers[l].biases[j] += $1 }, "∂L/∂b[\(j)], \(context)")
                if reference.layers[l].parameters != nil {
                    expectClose(analytic[l].parameters![j], numeric { $0.layers[l].parameters![j] += $1 }, "∂L/∂p[\(j)], \(context)")
                }
                if reference.layers[l].normalization != nil {
                    expectClose(analytic[l].scale![j], numeric { $0.layers[l].normalization!.scale[j] += $1 }, "∂L/∂γ[\(j)], \(context)")
                    expectClose(analytic[l].shift![j], numeric { $0.layers[l].normalization!.shift[j] += $1 }, "∂L/∂β[\(j)], \(context)")
                }
            }
        }
        #expect(network.description.residualLayers == (residual ? [2, 3] : []))
        #expect(network.description.learnedParameters == ["alpha", "beta", nil])
    }
}
