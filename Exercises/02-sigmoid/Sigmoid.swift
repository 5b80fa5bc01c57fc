// Lesson: Exercises/02-sigmoid/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore

/// The logistic sigmoid, σ(x) = 1 / (1 + e^−x), with range (0, 1).
///
/// Read this lesson's README.md, then replace each `unimplemented()` with your code.
public struct Sigmoid: Activation {
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
