// Lesson: Exercises/03-tanh/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore

/// The hyperbolic tangent, tanh(x) = (eˣ − e^−x) / (eˣ + e^−x), with range (−1, 1).
///
/// Read this lesson's README.md, then replace each `unimplemented()` with your code.
public struct Tanh: Activation {
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
