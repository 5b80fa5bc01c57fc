import Foundation

/// Applies one optimizer step to a block of parameters, given their gradient and moments.
///
/// The per-step scalars (Adam's bias-corrected step size) are computed once per step in Double
/// by `begin()`. Adam's loop works on 16 parameters at a time: the standard library's scalar
/// `squareRoot()` keeps a C-library call for negative inputs on Linux, which stops LLVM from
/// vectorizing the loop, while `SIMD16.squareRoot()` is one vector instruction (and correctly
/// rounded, so the results are the same bits). Every parameter block the network allocates is
/// a multiple of 16 long.
struct Optimizer {
    let configuration: OptimizerConfiguration
    /// Steps taken so far (t in Adam's formulas, counted from 1 during a step).
    private(set) var step = 0
    private var stepSize: Float = 0

    init(_ configuration: OptimizerConfiguration) {
        self.configuration = configuration
    }

    /// Starts step t + 1: computes lr_t.
    mutating func begin() {
        step += 1
        let lr = configuration.learningRate
        switch configuration.kind {
        case .adam:
            let t = Double(step)
            let correction = (1 - pow(configuration.beta2, t)).squareRoot() / (1 - pow(configuration.beta1, t))
            stepSize = Float(lr * correction)
        case .sgd:
            stepSize = Float(lr)
        }
    }

    /// Updates `count` parameters (a multiple of 16) in place; `first` and `second` are the
    /// optimizer's state for them (Adam's m and v; SGD's velocity in `first`).
    func update(_ parameters: UnsafeMutablePointer<Float>, gradient: UnsafePointer<Float>,
                first: UnsafeMutablePointer<Float>, second: UnsafeMutablePointer<Float>, count: Int) {
        precondition(count % 16 == 0, "parameter blocks are padded to whole SIMD16 vectors")
        let lr = stepSize
        switch configuration.kind {
        case .adam:
            typealias Vector = SIMD16<Float>
            let beta1 = Vector(repeating: Float(configuration.beta1)), beta2 = Vector(repeating: Float(configuration.beta2))
            let oneMinusBeta1 = Vector(repeating: Float(1 - configuration.beta1))
            let oneMinusBeta2 = Vector(repeating: Float(1 - configuration.beta2))
            let epsilon = Vector(repeating: Float(configuration.epsilon)), rate = Vector(repeating: lr)
            for i in stride(from: 0, to: count, by: 16) {
                let g = MatrixKernels.load(gradient + i)
                let m = beta1 * MatrixKernels.load(first + i) + oneMinusBeta1 * g
                let v = beta2 * MatrixKernels.load(second + i) + oneMinusBeta2 * (g * g)
                MatrixKernels.store(m, first + i)
                MatrixKernels.store(v, second + i)
                MatrixKernels.store(MatrixKernels.load(parameters + i) - rate * m / (v.squareRoot() + epsilon), parameters + i)
            }
        case .sgd:
            let momentum = Float(configuration.momentum)
            for i in 0..<count {
                let velocity = momentum * first[i] - lr * gradient[i]
                first[i] = velocity
                parameters[i] += velocity
            }
        }
    }
}

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
