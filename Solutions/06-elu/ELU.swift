// Reference notes: Solutions/06-elu/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore
import Foundation

/// The exponential linear unit: x for x > 0 and α(eˣ − 1) otherwise.
///
/// For x ≤ 0 the value uses expm1(x) = eˣ − 1 computed without the subtraction: near 0, eˣ
/// rounds to a number within an ulp of 1 and eˣ − 1 keeps almost none of the true digits
/// (in Float, exp(−1e-8) is exactly 1, so the textbook form returns 0 instead of −1e-8).
/// The negative branch runs in Double and rounds once to Float (see `ArcTan` in lesson 01).
/// At the kink x = 0 the derivative is the left one, αe⁰ = α.
public struct ELU: Activation {
    /// The value the function approaches as x → −∞ is −α.
    public let alpha: Float

    public init(alpha: Float = 1) {
        self.alpha = alpha
    }

    /// x for x > 0, α·expm1(x) for x ≤ 0; ELU(−∞) = −α, NaN stays NaN.
    public func callAsFunction(_ x: Float) -> Float {
        x > 0 ? x : Float(Double(alpha) * expm1(Double(x)))
    }

    /// 1 for x > 0, αeˣ for x ≤ 0 (so α at the kink and 0 at −∞); NaN stays NaN.
    public func derivative(_ x: Float) -> Float {
        x > 0 ? 1 : Float(Double(alpha) * exp(Double(x)))
    }
}
