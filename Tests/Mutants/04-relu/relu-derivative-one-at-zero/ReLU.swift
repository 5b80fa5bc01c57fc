// Mistake: ReLU′(0) = 1 (compares x >= 0), but the kit uses the left derivative, ReLU′(0) = 0.
import ActivationCore

public struct ReLU: Activation {
    public init() {}

    public func callAsFunction(_ x: Float) -> Float {
        x > 0 || x.isNaN ? x : 0
    }

    public func derivative(_ x: Float) -> Float {
        x.isNaN ? x : (x >= 0 ? 1 : 0)
    }
}
