// Reference notes: Solutions/12-hard-and-gated/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore

/// ReLU6(x) = min(max(0, x), 6): the ReLU capped at 6 (Krizhevsky 2010; MobileNet, Howard et
/// al. 2017, and MobileNetV2, Sandler et al. 2018).
///
/// The cap keeps activations in [0, 6], a range that an 8-bit fixed-point format covers with
/// a fixed scale, which is why mobile networks use it. Both results are exact: the function
/// only ever returns x, 0 or 6. NaN needs its own test, because every comparison with NaN is
/// false and `min(max(0, x), 6)` would turn it into a number.
///
/// At the two kinks the derivative is the left one, the kit's convention: ReLU6′(0) = 0 (the
/// slope of the flat piece on the left) and ReLU6′(6) = 1 (the slope of the identity piece on
/// the left). PyTorch gives 0 at both kinks (its relu6 is hardtanh(x, 0, 6), whose backward
/// tests x ≤ 0 or x ≥ 6); see the lesson's README.
public struct ReLU6: Activation {
    public init() {}

    /// 0 for x ≤ 0, x on (0, 6], 6 above; ReLU6(±∞) = 6 and 0. NaN stays NaN.
    public func callAsFunction(_ x: Float) -> Float {
        if x.isNaN { return x }
        return x > 6 ? 6 : (x > 0 ? x : 0)
    }

    /// 1 on (0, 6], 0 elsewhere: the left derivative at both kinks. NaN stays NaN.
    public func derivative(_ x: Float) -> Float {
        if x.isNaN { return x }
        return x > 0 && x <= 6 ? 1 : 0
    }
}
