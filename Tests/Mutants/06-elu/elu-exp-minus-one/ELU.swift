// Mistake: α(eˣ − 1) with exp instead of expm1, which cancels to a few bits for tiny negative x.
import ActivationCore
import Foundation

public struct ELU: Activation {
    public let alpha: Float

    public init(alpha: Float = 1) {
        self.alpha = alpha
    }

    public func callAsFunction(_ x: Float) -> Float {
        x > 0 ? x : alpha * (exp(x) - 1)
    }

    public func derivative(_ x: Float) -> Float {
        x > 0 ? 1 : alpha * exp(x)
    }
}
