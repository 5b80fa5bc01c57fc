// Lesson: Exercises/06-elu/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore

/// The exponential linear unit: x for x > 0 and α(eˣ − 1) otherwise.
///
/// Read this lesson's README.md, then replace each `unimplemented()` with your code.
public struct ELU: Activation {
    /// The value the function approaches as x → −∞ is −α.
    public let alpha: Float

    public init(alpha: Float = 1) {
        self.alpha = alpha
    }

    /// f(x)
    public func callAsFunction(_ x: Float) -> Float {
        unimplemented()
    }

    /// f′(x); at a kink, the left derivative.
    public func derivative(_ x: Float) -> Float {
        unimplemented()
    }
}
