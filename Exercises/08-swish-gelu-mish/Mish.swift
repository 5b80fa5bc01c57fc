// Lesson: Exercises/08-swish-gelu-mish/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore

/// Mish, x · tanh(softplus(x)).
///
/// Read this lesson's README.md, then replace each `unimplemented()` with your code.
public struct Mish: Activation {
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
