// Mistake: σ′ written as x(1 − x), the formula a(1 − a) applied to the input x instead of the output σ(x).
import ActivationCore
import Foundation

public struct Sigmoid: Activation {
    public init() {}

    public func callAsFunction(_ x: Float) -> Float {
        if x >= 0 { return 1 / (1 + exp(-x)) }
        let e = exp(x)
        return e / (1 + e)
    }

    public func derivative(_ x: Float) -> Float {
        x * (1 - x)
    }
}
