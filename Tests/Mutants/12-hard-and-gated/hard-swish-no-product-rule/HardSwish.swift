// Mistake: hardSwish′ written as the gate hardSigmoid(x) alone, forgetting the product rule's x · hardSigmoid′(x) = x/6.
import ActivationCore

public struct HardSwish: Activation {
    public init() {}

    public func callAsFunction(_ x: Float) -> Float {
        if x.isNaN { return x }
        if x <= -3 { return 0 }
        if x >= 3 { return x }
        return x * (x + 3) / 6
    }

    public func derivative(_ x: Float) -> Float {
        if x.isNaN { return x }
        if x <= -3 { return 0 }
        if x > 3 { return 1 }
        return (x + 3) / 6
    }
}
