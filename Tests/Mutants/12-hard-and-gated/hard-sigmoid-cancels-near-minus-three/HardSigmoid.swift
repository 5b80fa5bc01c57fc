// Mistake: the middle piece as x/6 + 1/2, which cancels just right of −3 (the value is tiny there, the rounding error of x/6 is not).
import ActivationCore

public struct HardSigmoid: Activation {
    public init() {}

    public func callAsFunction(_ x: Float) -> Float {
        if x.isNaN { return x }
        if x <= -3 { return 0 }
        if x >= 3 { return 1 }
        return x / 6 + 0.5
    }

    public func derivative(_ x: Float) -> Float {
        if x.isNaN { return x }
        return x > -3 && x <= 3 ? 1 / 6 : 0
    }
}
