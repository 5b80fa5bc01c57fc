// Lesson: Exercises/12-hard-and-gated/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore

/// ReLU6(x) = min(max(0, x), 6): the ReLU capped at 6.
///
/// Read this lesson's README.md, then replace each `unimplemented()` with your code.
public struct ReLU6: Activation {
    public init() {}

    /// f(x)
    public func callAsFunction(_ x: Float) -> Float {
        unimplemented()
    }

    /// f′(x); at a kink (0 and 6), the left derivative.
    public func derivative(_ x: Float) -> Float {
        unimplemented()
    }
}
