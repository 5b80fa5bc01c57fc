import ActivationCore
import Foundation

/// The network `Network` trains, written to be read rather than to be fast: Double, plain
/// loops, no padding, no threads, each layer's forward pass next to its backward pass.
///
/// Read this first. `Network` and `DenseLayer` compute exactly these formulas, in Float, with
/// padded SIMD tiles and several cores; the tests hold them to this version (same weights, same
/// batch, every activation), so what you learn here is what the fast engine does.
struct ReferenceNetwork {
    struct Layer {
        /// `weights[p][j]`: from input p to unit j (Keras' kernel layout).
        var weights: [[Double]]
        var biases: [Double]
        /// nil for the output layer, whose outputs are the logits.
        let activation: (any Activation)?

        /// What the backward pass needs from the forward pass.
        struct Cache {
            let input: [[Double]]
            let z: [[Double]]
        }

        /// a = f(z), z = x · W + b, for every example (row) of the batch.
        func forward(_ input: [[Double]]) -> (output: [[Double]], cache: Cache) {
            let z = input.map { x in
                biases.indices.map { j in
                    var sum = biases[j]
                    for p in x.indices { sum += x[p] * weights[p][j] }
                    return sum
                }
            }
            // The activation is Float → Float, as a student writes it.
            let output = activation.map { f in z.map { row in row.map { Double(f(Float($0))) } } } ?? z
            return (output, Cache(input: input, z: z))
        }

        /// Given ∂L/∂a for the batch: ∂L/∂W, ∂L/∂b, and ∂L/∂x for the layer below.
        /// The chain rule three times: δ = ∂L/∂a ⊙ f′(z); ∂L/∂W = xᵀ · δ; ∂L/∂b = Σ δ; ∂L/∂x = δ · Wᵀ.
        func backward(_ outputGradient: [[Double]], cache: Cache) -> (weights: [[Double]], biases: [Double], input: [[Double]]) {
            let delta = zip(outputGradient, cache.z).map { gradient, z in
                zip(gradient, z).map { g, z in g * (activation.map { Double($0.derivative(Float(z))) } ?? 1) }
            }
            var weightGradient = weights.map { $0.map { _ in 0.0 } }
            var biasGradient = biases.map { _ in 0.0 }
            var inputGradient = cache.input.map { $0.map { _ in 0.0 } }
            for (i, x) in cache.input.enumerated() {
                for j in biases.indices {
                    biasGradient[j] += delta[i][j]
                    for p in x.indices {
                        weightGradient[p][j] += x[p] * delta[i][j]
                        inputGradient[i][p] += delta[i][j] * weights[p][j]
                    }
                }
            }
            return (weightGradient, biasGradient, inputGradient)
        }
    }

    var layers: [Layer]

    /// A copy of `network`'s current weights and activations.
    init(_ network: Network) {
        layers = network.layers.indices.map { index in
            let layer = network.layers[index]
            let flat = network.weights(layer: index).map(Double.init)
            return Layer(weights: (0..<layer.inputWidth).map { p in Array(flat[(p * layer.width)..<((p + 1) * layer.width)]) },
                         biases: network.biases(layer: index).map(Double.init), activation: layer.activation)
        }
    }

    /// The mean cross-entropy of softmax(logits) over the batch, and every layer's gradients
    /// (input side first).
    func lossAndGradients(_ batch: [[Double]], labels: [Int]) -> (loss: Double, weights: [[[Double]]], biases: [[Double]]) {
        var activations = batch
        var caches: [Layer.Cache] = []
        for layer in layers {
            let (output, cache) = layer.forward(activations)
            activations = output
            caches.append(cache)
        }
        // Softmax and cross-entropy together: loss = log Σ exp(z) − z[label], and its gradient
        // with respect to the logits is softmax − one-hot (divided by the batch size, for the mean).
        var loss = 0.0
        var gradient = activations.enumerated().map { i, logits -> [Double] in
            let m = logits.max()!
            let logSum = m + log(logits.map { exp($0 - m) }.reduce(0, +))
            loss += logSum - logits[labels[i]]
            return logits.indices.map { j in (exp(logits[j] - logSum) - (j == labels[i] ? 1 : 0)) / Double(batch.count) }
        }
        var weightGradients: [[[Double]]] = [], biasGradients: [[Double]] = []
        for (layer, cache) in zip(layers, caches).reversed() {
            let (weights, biases, input) = layer.backward(gradient, cache: cache)
            weightGradients.insert(weights, at: 0)
            biasGradients.insert(biases, at: 0)
            gradient = input
        }
        return (loss / Double(batch.count), weightGradients, biasGradients)
    }
}
