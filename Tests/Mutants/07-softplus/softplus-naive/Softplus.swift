// Mistake: softplus(x) = log(1 + eˣ) evaluated literally: ∞ for x > 88.72, and 0 once 1 + eˣ rounds to 1 (x < −17).
import ActivationCore
import Foundation

public struct Softplus: Activation {
    public init() {}

    public func callAsFunction(_ x: Float) -> Float {
        log(1 + exp(x))
    }

    public func derivative(_ x: Float) -> Float {
        if x >= 0 { return 1 / (1 + exp(-x)) }
        let e = exp(x)
        return e / (1 + e)
    }
}
