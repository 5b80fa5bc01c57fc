// Reference notes: Solutions/04-relu/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore

/// The rectified linear unit, ReLU(x) = max(0, x), with ReLU′(0) = 0.
///
/// Both results are exact. NaN needs its own test: `Swift.max(0, x)` and `x > 0 ? x : 0` both
/// answer 0 for NaN (every comparison with NaN is false), which would silently hide a diverged
/// network instead of propagating the NaN. At the kink x = 0 the derivative is the left one, 0,
/// as in PyTorch and TensorFlow; ReLU(−0) is +0.
public struct ReLU: Activation {
    public init() {}

    /// max(0, x); NaN stays NaN.
    public func callAsFunction(_ x: Float) -> Float {
        if x.isNaN { return x }
        return x > 0 ? x : 0
    }

    /// 1 for x > 0, 0 for x ≤ 0 (the left derivative at the kink); NaN stays NaN.
    public func derivative(_ x: Float) -> Float {
        if x.isNaN { return x }
        return x > 0 ? 1 : 0
    }
}
