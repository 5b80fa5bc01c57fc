// Mistake: σ(x) = eˣ/(1 + eˣ) for every x, so eˣ overflows above x ≈ 88.72 and the result is ∞/∞ = NaN.
import ActivationCore
import Foundation

public struct Sigmoid: Activation {
    public init() {}

    public func callAsFunction(_ x: Float) -> Float {
        let e = exp(x)
        return e / (1 + e)
    }

    public func derivative(_ x: Float) -> Float {
        let s = self(x)
        return s * (1 - s)
    }
}
