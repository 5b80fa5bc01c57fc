// Mistake: PReLU as max(αx, x), which is PReLU only for α ≤ 1: with α > 1 it picks αx for positive x.
import ActivationCore

/// The parametric ReLU: x for x > 0 and αx otherwise, where the slope α is learned.
///
/// As a function of x, a PReLU *is* a leaky ReLU with slope α, so the value and the input
/// derivative delegate to `LeakyReLU`; what is new is the gradient with respect to α itself,
/// which lets training move the slope.
public struct PReLU: Activation {
    /// The slope for x ≤ 0, a trainable parameter.
    public let alpha: Float

    public init(alpha: Float = 0.25) {
        self.alpha = alpha
    }

    /// x for x > 0, αx for x ≤ 0.
    public func callAsFunction(_ x: Float) -> Float {
        max(alpha * x, x)
    }

    /// f′(x) = ∂f/∂x; at the kink, the left derivative.
    public func derivative(_ x: Float) -> Float {
        if x.isNaN { return x }
        return alpha * x >= x ? alpha : 1
    }

    /// ∂f/∂α, the gradient that trains α.
    ///
    /// f = αx on x ≤ 0, so ∂f/∂α = x there, and f = x does not involve α on x > 0, so it is 0.
    /// (At x = 0 both sides agree: 0.) NaN falls into the second branch and stays NaN.
    public func alphaGradient(_ x: Float) -> Float {
        x > 0 ? 0 : x
    }
}
