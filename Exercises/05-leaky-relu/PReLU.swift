// Lesson: Exercises/05-leaky-relu/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore

/// The parametric ReLU: x for x > 0 and αx otherwise, where the slope α is learned.
///
/// Read this lesson's README.md, then replace each `unimplemented()` with your code.
public struct PReLU: Activation {
    /// The slope for x ≤ 0, a trainable parameter.
    public let alpha: Float

    public init(alpha: Float = 0.25) {
        self.alpha = alpha
    }

    /// f(x)
    public func callAsFunction(_ x: Float) -> Float {
        unimplemented()
    }

    /// f′(x) = ∂f/∂x; at the kink, the left derivative.
    public func derivative(_ x: Float) -> Float {
        unimplemented()
    }

    /// ∂f/∂α, the gradient that trains α.
    public func alphaGradient(_ x: Float) -> Float {
        unimplemented()
    }
}
