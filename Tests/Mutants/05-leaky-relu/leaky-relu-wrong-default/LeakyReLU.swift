// Mistake: the default slope is α = 0.1 instead of the conventional 0.01.
import ActivationCore

public struct LeakyReLU: Activation {
    public let alpha: Float

    public init(alpha: Float = 0.1) {
        self.alpha = alpha
    }

    public func callAsFunction(_ x: Float) -> Float {
        x > 0 ? x : alpha * x
    }

    public func derivative(_ x: Float) -> Float {
        x.isNaN ? x : (x > 0 ? 1 : alpha)
    }
}
