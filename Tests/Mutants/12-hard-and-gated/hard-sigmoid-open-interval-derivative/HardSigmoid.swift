// Mistake: hardSigmoid′ = 1/6 only on the open interval −3 < x < 3, so hardSigmoid′(3) = 0 (PyTorch's backward), where the kit's left derivative is 1/6.
import ActivationCore

public struct HardSigmoid: Activation {
    public init() {}

    public func callAsFunction(_ x: Float) -> Float {
        if x.isNaN { return x }
        if x <= -3 { return 0 }
        if x >= 3 { return 1 }
        return (x + 3) / 6
    }

    public func derivative(_ x: Float) -> Float {
        if x.isNaN { return x }
        return x > -3 && x < 3 ? 1 / 6 : 0
    }
}
