// Reference notes: Solutions/02-sigmoid/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore
import Foundation

/// The logistic sigmoid, σ(x) = 1 / (1 + e^−x), with range (0, 1).
///
/// Both results are computed from e = e^−|x| ∈ [0, 1], which never overflows:
/// - for x ≥ 0, σ(x) = 1 / (1 + e);
/// - for x < 0, σ(x) = eˣ / (1 + eˣ) = e / (1 + e).
///
/// The textbook 1 / (1 + e^−x) is fine for x ≥ 0 but, for x < −88.7, e^−x overflows Float to ∞
/// and returns 0 although σ(x) ≈ eˣ is still representable down to x ≈ −103.9. The derivative
/// σ(1 − σ) is worse: once σ(x) rounds to 1 it returns 0 (from x ≈ 24 ln 2 ≈ 16.64 with
/// 1 / (1 + e^−x) in Float, from 25 ln 2 ≈ 17.33 for a correctly rounded σ), where the true
/// value ≈ e^−x is representable up to x ≈ 103.9. The split form has neither problem.
///
/// The arithmetic runs in Double and rounds once to Float (see `ArcTan` for why): the result is
/// correctly rounded except a hair from a tie.
public struct Sigmoid: Activation {
    public init() {}

    /// σ(x); σ(−∞) = 0, σ(+∞) = 1, NaN stays NaN.
    public func callAsFunction(_ x: Float) -> Float {
        let d = Double(x)
        let e = exp(-abs(d))
        return Float(d >= 0 ? 1 / (1 + e) : e / (1 + e))
    }

    /// σ′(x) = σ(x) · σ(−x) = e / (1 + e)² with e = e^−|x|: symmetric, and free of the 1 − σ
    /// cancellation. Both limits are 0 (e = 0 there).
    public func derivative(_ x: Float) -> Float {
        let e = exp(-abs(Double(x)))
        return Float(e / ((1 + e) * (1 + e)))
    }
}
