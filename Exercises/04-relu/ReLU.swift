// Lesson: Exercises/04-relu/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore

/// The rectified linear unit, ReLU(x) = max(0, x), with ReLU′(0) = 0.
///
/// Read this lesson's README.md, then replace each `unimplemented()` with your code.
public struct ReLU: Activation {
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
