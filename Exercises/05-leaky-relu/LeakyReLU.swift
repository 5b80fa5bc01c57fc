// Lesson: Exercises/05-leaky-relu/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore

/// The leaky ReLU: x for x > 0 and αx otherwise, with a fixed small slope α.
///
/// Read this lesson's README.md, then replace each `unimplemented()` with your code.
public struct LeakyReLU: Activation {
    /// The slope for x ≤ 0.
    public let alpha: Float

    public init(alpha: Float = 0.01) {
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
