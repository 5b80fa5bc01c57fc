// Reference notes: Solutions/05-leaky-relu/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

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
        LeakyReLU(alpha: alpha)(x)
    }

    /// f′(x) = ∂f/∂x; at the kink, the left derivative.
    public func derivative(_ x: Float) -> Float {
        LeakyReLU(alpha: alpha).derivative(x)
    }

    /// ∂f/∂α, the gradient that trains α.
    ///
    /// f = αx on x ≤ 0, so ∂f/∂α = x there, and f = x does not involve α on x > 0, so it is 0.
    /// (At x = 0 both sides agree: 0.) NaN falls into the second branch and stays NaN.
    public func alphaGradient(_ x: Float) -> Float {
        x > 0 ? 0 : x
    }
}
