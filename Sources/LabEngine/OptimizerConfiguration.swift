/// Which optimizer updates the weights, with its hyper-parameters (Keras' names and defaults).
public struct OptimizerConfiguration: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// Adam, with Keras' bias correction folded into the step size:
        /// lr_t = lr·√(1−β2ᵗ)/(1−β1ᵗ), w −= lr_t·m/(√v + ε).
        case adam
        /// Stochastic gradient descent with (heavy-ball) momentum, as Keras: v = μ·v − lr·g, w += v.
        case sgd
    }

    public var kind: Kind
    public var learningRate: Double
    /// SGD only.
    public var momentum: Double
    /// Adam only.
    public var beta1: Double
    public var beta2: Double
    public var epsilon: Double

    /// Adam with Keras' defaults: lr 1e-3, β1 0.9, β2 0.999, ε 1e-7.
    public static func adam(learningRate: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999,
                            epsilon: Double = 1e-7) -> OptimizerConfiguration {
        OptimizerConfiguration(kind: .adam, learningRate: learningRate, momentum: 0,
                               beta1: beta1, beta2: beta2, epsilon: epsilon)
    }

    /// SGD with Keras' default learning rate 0.01; `momentum` 0 is plain SGD.
    public static func sgd(learningRate: Double = 0.01, momentum: Double = 0) -> OptimizerConfiguration {
        OptimizerConfiguration(kind: .sgd, learningRate: learningRate, momentum: momentum,
                               beta1: 0.9, beta2: 0.999, epsilon: 1e-7)
    }
}
