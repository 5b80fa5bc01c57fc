// Lesson: Exercises/12-hard-and-gated/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore

/// The hard swish, x · relu6(x + 3)/6: Swish with σ replaced by the hard sigmoid (PyTorch's
/// `Hardswish`, MobileNetV3's h-swish).
///
/// Read this lesson's README.md, then replace each `unimplemented()` with your code.
public struct HardSwish: Activation {
    public init() {}

    /// f(x)
    public func callAsFunction(_ x: Float) -> Float {
        unimplemented()
    }

    /// f′(x); at a kink (−3 and 3), the left derivative.
    public func derivative(_ x: Float) -> Float {
        unimplemented()
    }
}
