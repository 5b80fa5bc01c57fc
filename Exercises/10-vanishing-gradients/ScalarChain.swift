// Lesson: Exercises/10-vanishing-gradients/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore

/// A deep chain of one-unit layers, aᵢ = f(wᵢ · aᵢ₋₁ + bᵢ) with a₀ = x, small enough to
/// backpropagate by hand and deep enough to watch gradients vanish.
///
/// Read this lesson's README.md, then replace each `unimplemented()` with your code.
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
        ([x] + weights).map { _ in unimplemented() }
    }

    /// Backpropagation: ∂a_L/∂x, and ∂a_L/∂wᵢ and ∂a_L/∂bᵢ for every layer i (in layer order).
    public func gradients(_ x: Float) -> (input: Float, weights: [Float], biases: [Float]) {
        (unimplemented(), weights.map { _ in unimplemented() }, biases.map { _ in unimplemented() })
    }
}
