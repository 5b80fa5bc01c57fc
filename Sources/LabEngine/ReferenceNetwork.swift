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
        /// The learned activation parameter of each unit (PReLU's α, Swish's β), or nil.
        var parameters: [Double]?
        /// Batch normalisation's γ and β per unit, or nil without it.
        var normalization: (scale: [Double], shift: [Double])?
        /// Whether the layer adds its input to its output.
        let residual: Bool

        /// f for unit j: the activation, with unit j's learned parameter if it has one.
        func unit(_ j: Int) -> (any Activation)? {
            guard let activation else { return nil }
            guard let parameters, let learnable = activation as? any LearnableActivation else { return activation }
            return learnable.with(parameter: Float(parameters[j]))
        }

        /// What the backward pass needs from the forward pass.
        struct Cache {
            let input: [[Double]]
            /// The activation's inputs: z, or u = γ·x̂ + β with batch normalisation.
            let u: [[Double]]
            /// Batch normalisation's x̂ and 1/√(σ² + ε) per unit.
            let normalized: [[Double]]
            let inverseDeviation: [Double]
        }

        /// h = f(u) (+ x with the skip), u = BN(z) or z, z = x · W + b, for every example (row) of
        /// the batch, batch normalisation using the batch's own mean and (biased) variance.
        func forward(_ input: [[Double]]) -> (output: [[Double]], cache: Cache) {
            let z = input.map { x in
                biases.indices.map { j in
                    var sum = biases[j]
                    for p in x.indices { sum += x[p] * weights[p][j] }
                    return sum
                }
            }
            var u = z, normalized: [[Double]] = [], inverseDeviation: [Double] = []
            if let (scale, shift) = normalization {
                let n = Double(z.count)
                normalized = z
                for j in biases.indices {
                    let mean = z.map { $0[j] }.reduce(0, +) / n
                    let variance = z.map { ($0[j] - mean) * ($0[j] - mean) }.reduce(0, +) / n
                    let inverse = 1 / (variance + Double(BatchNormalization.epsilon)).squareRoot()
                    inverseDeviation.append(inverse)
                    for i in z.indices {
                        normalized[i][j] = (z[i][j] - mean) * inverse
                        u[i][j] = scale[j] * normalized[i][j] + shift[j]
                    }
                }
            }
            // The activation is Float → Float, as a student writes it.
            var output = u
            if activation != nil {
                for j in biases.indices {
                    let f = unit(j)!
                    for i in u.indices { output[i][j] = Double(f(Float(u[i][j]))) + (residual ? input[i][j] : 0) }
                }
            }
            return (output, Cache(input: input, u: u, normalized: normalized, inverseDeviation: inverseDeviation))
        }

        struct Gradients {
            var weights: [[Double]]
            var biases: [Double]
            var parameters: [Double]?
            var scale: [Double]?
            var shift: [Double]?
            var input: [[Double]]
        }

        /// Given G = ∂L/∂h for the batch: every parameter's gradient and ∂L/∂x for the layer below.
        /// The chain rule, step by step: ∂L/∂p_j = Σ G·∂f/∂p; ∂L/∂u = G ⊙ f′(u); through batch
        /// normalisation ∂L/∂β = Σ ∂L/∂u, ∂L/∂γ = Σ ∂L/∂u·x̂,
        /// ∂L/∂z = γ/(N√(σ²+ε)) (N ∂L/∂u − Σ ∂L/∂u − x̂ Σ ∂L/∂u·x̂); then ∂L/∂W = xᵀ · ∂L/∂z;
        /// ∂L/∂b = Σ ∂L/∂z; ∂L/∂x = ∂L/∂z · Wᵀ, plus G itself through the skip.
        func backward(_ outputGradient: [[Double]], cache: Cache) -> Gradients {
            var result = Gradients(weights: weights.map { $0.map { _ in 0.0 } }, biases: biases.map { _ in 0.0 },
                                   parameters: nil, scale: nil, shift: nil,
                                   input: cache.input.map { $0.map { _ in 0.0 } })
            var delta = outputGradient
            if activation != nil {
                if parameters != nil { result.parameters = biases.map { _ in 0.0 } }
                for j in biases.indices {
                    let f = unit(j)!
                    for i in delta.indices {
                        let u = Float(cache.u[i][j])
                        if let learnable = f as? any LearnableActivation {
                            result.parameters![j] += outputGradient[i][j] * Double(learnable.parameterGradient(u))
                        }
                        delta[i][j] = outputGradient[i][j] * Double(f.derivative(u))
                    }
                }
            }
            if let (scale, _) = normalization {
                let n = Double(delta.count)
                result.scale = scale.map { _ in 0.0 }
                result.shift = scale.map { _ in 0.0 }
                for j in biases.indices {
                    let sum = delta.map { $0[j] }.reduce(0, +)
                    let dot = delta.indices.map { delta[$0][j] * cache.normalized[$0][j] }.reduce(0, +)
                    result.shift![j] = sum
                    result.scale![j] = dot
                    for i in delta.indices {
                        delta[i][j] = scale[j] * cache.inverseDeviation[j] / n
                            * (n * delta[i][j] - sum - cache.normalized[i][j] * dot)
                    }
                }
            }
            for (i, x) in cache.input.enumerated() {
                for j in biases.indices {
                    result.biases[j] += delta[i][j]
                    for p in x.indices {
                        result.weights[p][j] += x[p] * delta[i][j]
                        result.input[i][p] += delta[i][j] * weights[p][j]
                    }
                    if residual { result.input[i][j] += outputGradient[i][j] }
                }
            }
            return result
        }
    }

    var layers: [Layer]

    /// A copy of `network`'s current weights and activations.
    init(_ network: Network) {
        layers = network.layers.indices.map { index in
            let layer = network.layers[index]
            let flat = network.weights(layer: index).map(Double.init)
            let normalization = layer.normalization.map { bn in
                (scale: (0..<layer.width).map { Double(bn.scale.pointer[$0]) },
                 shift: (0..<layer.width).map { Double(bn.shift.pointer[$0]) })
            }
            return Layer(weights: (0..<layer.inputWidth).map { p in Array(flat[(p * layer.width)..<((p + 1) * layer.width)]) },
                         biases: network.biases(layer: index).map(Double.init), activation: layer.activation,
                         parameters: network.learnedParameters(layer: index)?.map(Double.init),
                         normalization: normalization, residual: layer.residual)
        }
    }

    /// The mean cross-entropy of softmax(logits) over the batch, and every layer's gradients
    /// (input side first).
    func lossAndGradients(_ batch: [[Double]], labels: [Int]) -> (loss: Double, layers: [Layer.Gradients]) {
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
        var gradients: [Layer.Gradients] = []
        for (layer, cache) in zip(layers, caches).reversed() {
            let layerGradients = layer.backward(gradient, cache: cache)
            gradients.insert(layerGradients, at: 0)
            gradient = layerGradients.input
        }
        return (loss / Double(batch.count), gradients)
    }
}
