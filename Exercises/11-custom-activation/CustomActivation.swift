// Lesson: Exercises/11-custom-activation/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore

/// Your own activation function: design it, then implement its value and its derivative.
///
/// Read this lesson's README.md, then replace each `unimplemented()` with your code.
public struct CustomActivation: Activation {
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
