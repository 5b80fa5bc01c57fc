// Lesson: Exercises/06-elu/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore

/// The scaled ELU: λx for x > 0 and λα(eˣ − 1) otherwise, with the self-normalising constants α ≈ 1.6733 and λ ≈ 1.0507.
///
/// Read this lesson's README.md, then replace each `unimplemented()` with your code.
public struct SELU: Activation {
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
