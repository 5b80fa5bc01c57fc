// Mistake: the derivative differentiates only the gate, βσ(βx)(1 − σ(βx)), forgetting the product rule's σ(βx) + x·… .
import ActivationCore
import Foundation

public struct Swish: Activation {
    public let beta: Float

    public init(beta: Float = 1) {
        self.beta = beta
    }

    public func callAsFunction(_ x: Float) -> Float {
        x == -.infinity ? 0 : x * sigmoid(beta * x)
    }

    public func derivative(_ x: Float) -> Float {
        if x.isInfinite { return x > 0 ? 1 : 0 }
        let s = sigmoid(beta * x)
        return beta * s * (1 - s)
    }

    /// Right, in Float: x²·σ(t)σ(−t) squared from its square root, x·e^−|t|/2/(1 + e^−|t|), so
    /// that neither x² overflows nor e^−|t| goes subnormal before the product does.
    public func betaGradient(_ x: Float) -> Float {
        if x.isNaN { return x }
        if x.isInfinite { return beta == 0 ? .infinity : 0 }
        let u = exp(-abs(beta * x) / 2)
        let g = x * u / (1 + u * u)
        return g * g
    }

    private func sigmoid(_ t: Float) -> Float {
        if t >= 0 { return 1 / (1 + exp(-t)) }
        let e = exp(t)
        return e / (1 + e)
    }
}
