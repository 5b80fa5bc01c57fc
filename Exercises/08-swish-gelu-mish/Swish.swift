// Lesson: Exercises/08-swish-gelu-mish/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore

/// Swish, x · σ(βx); at β = 1 it is SiLU.
///
/// Read this lesson's README.md, then replace each `unimplemented()` with your code.
public struct Swish: Activation {
    /// The sharpness β; as β → ∞ Swish approaches ReLU.
    public let beta: Float

    public init(beta: Float = 1) {
        self.beta = beta
    }

    /// f(x)
    public func callAsFunction(_ x: Float) -> Float {
        unimplemented()
    }

    /// f′(x); at a kink, the left derivative.
    public func derivative(_ x: Float) -> Float {
        unimplemented()
    }
}
