// Reference notes: Solutions/01-warm-up/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore

/// The binary step: 1 for x ≥ 0 and 0 below; its derivative is 0 everywhere (taken as 0 at the jump).
///
/// Both results are exact. The step is 1 at x = 0 (and at −0, which compares equal to 0). NaN
/// needs its own test: every comparison with NaN is false, so `x >= 0 ? 1 : 0` alone would
/// quietly turn NaN into 0 and hide the bad input. The derivative is 0 on both sides of the jump
/// and, by the kit's convention, at the jump itself (the true derivative there does not exist):
/// this is exactly why a step function cannot be trained by gradient descent.
public struct BinaryStep: Activation {
    public init() {}

    /// f(x) = 1 for x ≥ 0, 0 for x < 0; NaN stays NaN.
    public func callAsFunction(_ x: Float) -> Float {
        if x.isNaN { return x }
        return x >= 0 ? 1 : 0
    }

    /// f′(x) = 0 everywhere; NaN stays NaN.
    public func derivative(_ x: Float) -> Float {
        x.isNaN ? x : 0
    }
}
