// Lesson: Exercises/08-swish-gelu-mish/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore

/// The Gaussian error linear unit, x · Φ(x) = x/2 · (1 + erf(x/√2)), the exact erf form.
///
/// Read this lesson's README.md, then replace each `unimplemented()` with your code.
public struct GELU: Activation {
    public init() {}

    /// f(x)
    public func callAsFunction(_ x: Float) -> Float {
        unimplemented()
    }

    /// f′(x); at a kink, the left derivative.
    public func derivative(_ x: Float) -> Float {
        unimplemented()
    }
}
