// Mistake: f(x) = x/(1 + |x|) (softsign) with the derivative 1/(1 + |x|), missing the square of the quotient rule.
import ActivationCore

public struct CustomActivation: Activation {
    public init() {}

    public func callAsFunction(_ x: Float) -> Float {
        if x.isInfinite { return x > 0 ? 1 : -1 }
        return x / (1 + abs(x))
    }

    public func derivative(_ x: Float) -> Float {
        if x.isInfinite { return 0 }
        return 1 / (1 + abs(x))
    }
}
