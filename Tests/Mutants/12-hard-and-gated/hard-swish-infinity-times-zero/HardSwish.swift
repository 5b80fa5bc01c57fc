// Mistake: hardSwish(x) = x · min(max(x + 3, 0), 6)/6 with no branches, which is −∞ · 0 = NaN at x = −∞ (the limit is 0).
import ActivationCore

public struct HardSwish: Activation {
    public init() {}

    public func callAsFunction(_ x: Float) -> Float {
        if x.isNaN { return x }
        return x * min(max(x + 3, 0), 6) / 6
    }

    public func derivative(_ x: Float) -> Float {
        if x.isNaN { return x }
        if x <= -3 { return 0 }
        if x > 3 { return 1 }
        return (2 * x + 3) / 6
    }
}
