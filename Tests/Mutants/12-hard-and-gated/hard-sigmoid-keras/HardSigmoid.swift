// Mistake: Keras 2's hard_sigmoid, clip(0.2x + 0.5, 0, 1) with kinks at ±2.5, instead of relu6(x + 3)/6.
import ActivationCore

public struct HardSigmoid: Activation {
    public init() {}

    public func callAsFunction(_ x: Float) -> Float {
        if x.isNaN { return x }
        return min(max(0.2 * x + 0.5, 0), 1)
    }

    public func derivative(_ x: Float) -> Float {
        if x.isNaN { return x }
        return x > -2.5 && x <= 2.5 ? 0.2 : 0
    }
}
