// Lesson: Exercises/01-warm-up/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore

/// The binary step: 1 for x ≥ 0 and 0 below; its derivative is 0 everywhere (taken as 0 at the jump).
///
/// Read this lesson's README.md, then replace each `unimplemented()` with your code.
public struct BinaryStep: Activation {
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
