// Reference notes: Solutions/12-hard-and-gated/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore

/// The hard sigmoid, relu6(x + 3)/6: 0 for x ≤ −3, (x + 3)/6 between, 1 for x ≥ 3.
///
/// This is MobileNetV3's h-sigmoid (Howard et al. 2019) and PyTorch's `Hardsigmoid`: a
/// straight line through σ(0) = 1/2 with slope 1/6, clamped to [0, 1]. (Keras 2's
/// `hard_sigmoid` was a different line, 0.2x + 0.5 clamped, with kinks at ±2.5.)
///
/// The middle piece is computed as (x + 3)/6, never as x/6 + 1/2. Both are the same line, but
/// near x = −3 the second subtracts two numbers close to 1/2: x/6 carries an absolute rounding
/// error of up to 2⁻²⁶ and the sum keeps that error while the true value goes to 0, so just
/// right of −3 it is off by a large fraction of itself. x + 3 is exact for x in [−6, −1.5]
/// (Sterbenz's lemma), so (x + 3)/6 keeps its relative accuracy right up to the kink. It is
/// evaluated in Double, where x + 3 is exact for every |x| ≥ 2⁻²⁹ (and for smaller x the result
/// rounds to 1/2 whatever x + 3 rounds to), and rounded once to Float.
///
/// At the kinks the derivative is the left one: 0 at −3 (the flat piece) and 1/6 at 3 (the
/// sloped piece). PyTorch's backward gives 0 at both; see the lesson's README.
public struct HardSigmoid: Activation {
    public init() {}

    /// 0 for x ≤ −3, (x + 3)/6 on (−3, 3), 1 for x ≥ 3; the limits 0 and 1 at ∓∞ follow from
    /// the branches. NaN stays NaN.
    public func callAsFunction(_ x: Float) -> Float {
        if x.isNaN { return x }
        if x <= -3 { return 0 }
        if x >= 3 { return 1 }
        return Float((Double(x) + 3) / 6)
    }

    /// 1/6 on (−3, 3], 0 elsewhere: the left derivative at both kinks. NaN stays NaN.
    public func derivative(_ x: Float) -> Float {
        if x.isNaN { return x }
        return x > -3 && x <= 3 ? Self.slope : 0
    }

    /// 1/6 rounded once to Float.
    static let slope = Float(1.0 / 6.0)
}
