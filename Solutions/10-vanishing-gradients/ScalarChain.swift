// Reference notes: Solutions/10-vanishing-gradients/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore

/// A deep chain of one-unit layers, aᵢ = f(wᵢ · aᵢ₋₁ + bᵢ) with a₀ = x, small enough to
/// backpropagate by hand and deep enough to watch gradients vanish.
///
/// Backpropagation is the chain rule applied from the output back. Write zᵢ = wᵢaᵢ₋₁ + bᵢ and
/// gᵢ = ∂a_L/∂aᵢ, starting from g_L = 1. Layer i turns gᵢ into
///
///     δᵢ = ∂a_L/∂zᵢ = gᵢ · f′(zᵢ),   ∂a_L/∂wᵢ = δᵢ · aᵢ₋₁,   ∂a_L/∂bᵢ = δᵢ,   gᵢ₋₁ = δᵢ · wᵢ,
///
/// and ∂a_L/∂x = g₀. Unrolled, ∂a_L/∂x = Πᵢ wᵢ f′(zᵢ): a product with one factor per layer. With
/// the sigmoid, f′ ≤ 1/4, so twenty layers with |wᵢ| ≤ 1 shrink the gradient by at least 4²⁰ ≈
/// 10¹²; that is the vanishing gradient. The arithmetic stays in Float on purpose, so that a
/// long enough chain really underflows to 0 as it would in a Float network.
public struct ScalarChain: Sendable {
    public var weights: [Float]
    public var biases: [Float]
    public var activation: any Activation

    /// A chain with one layer per weight; `weights` and `biases` have the same count.
    public init(weights: [Float], biases: [Float], activation: any Activation) {
        precondition(weights.count == biases.count, "one bias per weight")
        self.weights = weights
        self.biases = biases
        self.activation = activation
    }

    /// Every activation along the chain: [a₀ = x, a₁, …, a_L]; the output is the last.
    public func forward(_ x: Float) -> [Float] {
        var a = [x]
        a.reserveCapacity(weights.count + 1)
        for layer in weights.indices {
            a.append(activation(preActivation(layer, input: a[layer])))
        }
        return a
    }

    /// Backpropagation: ∂a_L/∂x, and ∂a_L/∂wᵢ and ∂a_L/∂bᵢ for every layer i (in layer order).
    ///
    /// One forward pass stores every aᵢ; one backward pass, from the last layer to the first,
    /// produces all the gradients. An empty chain is the identity: ∂a_L/∂x = 1.
    public func gradients(_ x: Float) -> (input: Float, weights: [Float], biases: [Float]) {
        let a = forward(x)
        var weightGradients = [Float](repeating: 0, count: weights.count)
        var biasGradients = [Float](repeating: 0, count: biases.count)
        var upstream: Float = 1  // gᵢ = ∂a_L/∂aᵢ, from i = L down to 0
        for layer in weights.indices.reversed() {
            let delta = upstream * activation.derivative(preActivation(layer, input: a[layer]))
            weightGradients[layer] = delta * a[layer]
            biasGradients[layer] = delta
            upstream = delta * weights[layer]
        }
        return (upstream, weightGradients, biasGradients)
    }

    /// zᵢ = wᵢ · aᵢ₋₁ + bᵢ for the layer at `layer` (0-based, so its input is a[layer]).
    private func preActivation(_ layer: Int, input: Float) -> Float {
        weights[layer] * input + biases[layer]
    }
}
