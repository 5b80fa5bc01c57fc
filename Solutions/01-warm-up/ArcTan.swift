// Reference notes: Solutions/01-warm-up/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore
import Foundation

/// The arctangent, f(x) = atan(x), with range (−π/2, π/2).
///
/// Like every transcendental Solution in this kit it works in Double and rounds once: the
/// input is widened exactly, the formula is evaluated with 29 more bits than Float carries, and
/// the single final conversion to Float is then correctly rounded except a hair from a tie
/// (at most 1 ulp off). This is how libm's own Float functions are commonly built, and it
/// keeps the reference well inside the 4-ulp budget for every Float input.
public struct ArcTan: Activation {
    public init() {}

    /// f(x) = atan(x); atan(±∞) = ±π/2 (rounded to Float), NaN stays NaN.
    public func callAsFunction(_ x: Float) -> Float {
        Float(atan(Double(x)))
    }

    /// f′(x) = 1 / (1 + x²).
    ///
    /// In Float, x² overflows to ∞ once |x| > 1.8e19 and the quotient becomes 0, although the
    /// true value ≈ 1/x² is still a nonzero (subnormal) Float up to |x| ≈ 3.8e22. In Double,
    /// x² ≤ 1.2e77 for every finite Float, so nothing overflows; x = ±∞ gives 1/∞ = 0, the limit.
    public func derivative(_ x: Float) -> Float {
        let d = Double(x)
        return Float(1 / (1 + d * d))
    }
}
