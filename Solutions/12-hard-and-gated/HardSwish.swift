// Reference notes: Solutions/12-hard-and-gated/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore

/// The hard swish, x · relu6(x + 3)/6 = x · hardSigmoid(x): 0 for x ≤ −3, x(x + 3)/6 between,
/// x for x ≥ 3.
///
/// MobileNetV3's h-swish (Howard et al. 2019) and PyTorch's `Hardswish`: Swish x·σ(x) with σ
/// replaced by the hard sigmoid, so it costs an add, a clamp and a multiply instead of an exp.
/// Like Swish it dips below 0, here to its minimum −3/8 at x = −3/2, and rises back to 0 at −3.
///
/// The middle piece is x(x + 3)/6 in Double, rounded once: x + 3 is exact there (see
/// `HardSigmoid`), so the factor that vanishes at −3 keeps its relative accuracy. One input
/// class needs care: for |x| < 2⁻⁶⁰, f(x) = x/2 + x²/6 and Double loses the x²/6, leaving x/2,
/// which for a subnormal x can be exactly halfway between two Floats; ties-to-even would then
/// round the wrong way, since the lost x²/6 > 0 says the true value lies just above the tie.
///
/// The derivative is the product rule, hardSigmoid(x) + x · hardSigmoid′(x) = (x + 3)/6 + x/6
/// = (2x + 3)/6 on (−3, 3): −1/2 at the left end, 3/2 at the right end, so f′ jumps at both
/// kinks. The kit takes the left derivative: f′(−3) = 0 and f′(3) = 3/2. (2x + 3) is exact for
/// x in [−3, −0.75], so f′ keeps its relative accuracy around its zero at −3/2, which
/// x/3 + 1/2 would not.
public struct HardSwish: Activation {
    public init() {}

    /// 0 for x ≤ −3, x(x + 3)/6 on (−3, 3), x for x ≥ 3; HardSwish(−∞) = 0 and
    /// HardSwish(+∞) = +∞ follow from the branches. NaN stays NaN.
    public func callAsFunction(_ x: Float) -> Float {
        if x.isNaN { return x }
        if x <= -3 { return 0 }
        if x >= 3 { return x }
        let d = Double(x)
        if d.magnitude < 0x1p-60 {
            // f = x/2 + (something positive far below half an ulp of x/2): x/2, with a tie
            // between two subnormals broken upwards.
            let half = d / 2
            let nearest = Float(half)
            return Double(nearest) < half ? nearest.nextUp : nearest
        }
        return Float(d * (d + 3) / 6)
    }

    /// 0 for x ≤ −3, (2x + 3)/6 on (−3, 3], 1 above: the left derivative at both kinks, so
    /// f′(−3) = 0 and f′(3) = 3/2. NaN stays NaN.
    public func derivative(_ x: Float) -> Float {
        if x.isNaN { return x }
        if x <= -3 { return 0 }
        if x > 3 { return 1 }
        return Float((2 * Double(x) + 3) / 6)
    }
}
