import Foundation

/// Applies one optimizer step to a block of parameters, given their gradient and moments.
///
/// The per-step scalars (Adam's bias-corrected step size) are computed once per step in Double
/// by `begin()`. The element loops are plain scalar loops that LLVM turns into AVX-512 code
/// (vsqrtps, vdivps) with `-target-cpu native`; see `vectorizableSquareRoot(_:)` for the one
/// obstacle. Every parameter block the network allocates is a multiple of 16 long.
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
            let beta1 = Float(configuration.beta1), beta2 = Float(configuration.beta2)
            let oneMinusBeta1 = Float(1 - configuration.beta1), oneMinusBeta2 = Float(1 - configuration.beta2)
            let epsilon = Float(configuration.epsilon)
            for i in 0..<count {
                let g = gradient[i]
                let m = beta1 * first[i] + oneMinusBeta1 * g
                let v = beta2 * second[i] + oneMinusBeta2 * (g * g)
                first[i] = m
                second[i] = v
                parameters[i] -= lr * m / (vectorizableSquareRoot(v) + epsilon)
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
