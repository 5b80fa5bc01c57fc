import ActivationCore

/// Swish, x · σ(βx); at β = 1 it is SiLU.
///
/// Read this lesson's README.md, then replace each `unimplemented()` with your code.
public struct Swish: Activation {
    /// The sharpness β; as β → ∞ Swish approaches ReLU. A constant, or a trainable parameter
    /// whose gradient is `betaGradient`.
    public let beta: Float

    public init(beta: Float = 1) {
        self.beta = beta
    }

    /// f(x)
    public func callAsFunction(_ x: Float) -> Float {
        unimplemented()
    }

    /// f′(x); at a kink, the left derivative.
    public func derivative(_ x: Float) -> Float {
        unimplemented()
    }

    /// ∂f/∂β, the gradient that trains β.
    ///
    /// When β is learned (one per unit, as in `lab train --activation swish-learned`), the
    /// trainer multiplies this by the gradient arriving at f(x) and sums over the examples to
    /// update β, as it does for PReLU's α. Differentiate x·σ(βx) with respect to β while holding
    /// x fixed: β appears only inside t = βx, so the chain rule applies once. Write the result
    /// without 1 − σ, and decide what it is at x = ±∞ (and when β = 0). See "Derivative with
    /// respect to β" in this lesson's README.md.
    public func betaGradient(_ x: Float) -> Float {
        unimplemented()
    }
}
