// Mistake: alphaGradient returns ∂f/∂x (1 or α) instead of ∂f/∂α (0 for x > 0, x otherwise).
import ActivationCore

public struct PReLU: Activation {
    public let alpha: Float

    public init(alpha: Float = 0.25) {
        self.alpha = alpha
    }

    public func callAsFunction(_ x: Float) -> Float {
        x > 0 ? x : alpha * x
    }

    public func derivative(_ x: Float) -> Float {
        x.isNaN ? x : (x > 0 ? 1 : alpha)
    }

    public func alphaGradient(_ x: Float) -> Float {
        derivative(x)
    }
}
