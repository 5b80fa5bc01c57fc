// Lesson: Exercises/07-softplus/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore

/// Softplus, log(1 + eˣ): a smooth ReLU whose derivative is the sigmoid.
///
/// Read this lesson's README.md, then replace each `unimplemented()` with your code.
public struct Softplus: Activation {
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
