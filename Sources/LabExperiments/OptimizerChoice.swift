/// The optimiser of a run, by the name the articles' Keras code uses.
public enum OptimizerChoice: String, Codable, Sendable, Hashable, CaseIterable {
    /// Adam with Keras' defaults (β₁ 0.9, β₂ 0.999, ε 1e-7): what every article compiles with.
    case adam
    /// Plain stochastic gradient descent: no per-weight step sizes, so vanishing gradients show
    /// directly as slow learning.
    case sgd
}
