// Reference notes: Solutions/07-softplus/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore
import Foundation

/// Softplus, log(1 + eˣ): a smooth ReLU whose derivative is the sigmoid.
///
/// The value uses log(1 + eˣ) = max(x, 0) + log1p(e^−|x|), which only ever exponentiates a
/// non-positive number: the textbook form overflows eˣ to ∞ for x > 88.7 (in Float) although
/// softplus(x) ≈ x is perfectly representable, and for x ≤ −16.64 it rounds 1 + eˣ to 1 and
/// returns 0 instead of ≈ eˣ, which log1p keeps. The two added terms are both ≥ 0, so the sum
/// cancels nothing. The arithmetic runs in Double and rounds once to Float (see `ArcTan` in
/// lesson 01).
public struct Softplus: Activation {
    public init() {}

    /// log(1 + eˣ); softplus(−∞) = 0, softplus(+∞) = +∞, NaN stays NaN.
    public func callAsFunction(_ x: Float) -> Float {
        Float(Self.softplus(Double(x)))
    }

    /// softplus′(x) = σ(x) = e^−softplus(−x).
    ///
    /// log σ(x) = −log(1 + e^−x) = −softplus(−x), so the derivative reuses the stable value
    /// instead of a second sigmoid implementation. softplus(−x) ≥ 0, so the exponential never
    /// overflows: σ(−∞) = e^−∞ = 0 and σ(+∞) = e^−0 = 1.
    public func derivative(_ x: Float) -> Float {
        Float(exp(-Self.softplus(-Double(x))))
    }

    /// log(1 + eᵈ) in the form max(d, 0) + log1p(e^−|d|). NaN stays NaN (`max` would drop it).
    private static func softplus(_ d: Double) -> Double {
        if d.isNaN { return d }
        return max(d, 0) + log1p(exp(-abs(d)))
    }
}
