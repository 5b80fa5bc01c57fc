// Reference notes: Solutions/03-tanh/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore
import Foundation

/// The hyperbolic tangent, tanh(x) = (eˣ − e^−x) / (eˣ + e^−x), with range (−1, 1).
///
/// The defining quotient is unusable as written: eˣ overflows Float for x > 88.7 (∞/∞ = NaN),
/// and for |x| below about 1e-4 the numerator eˣ − e^−x cancels almost every digit. libm's tanh
/// avoids both (via expm1), so the value simply calls it. The arithmetic runs in Double and
/// rounds once to Float (see `ArcTan` for why).
public struct Tanh: Activation {
    public init() {}

    /// tanh(x); tanh(±∞) = ±1, tanh(±0) = ±0, NaN stays NaN.
    public func callAsFunction(_ x: Float) -> Float {
        Float(tanh(Double(x)))
    }

    /// tanh′(x) = sech²(x) = 4e / (1 + e)² with e = e^−2|x|.
    ///
    /// The popular 1 − tanh²(x) cancels: once tanh rounds to ±1 (|x| > 9 in Float) it returns 0,
    /// while the true value ≈ 4e^−2|x| stays representable up to |x| ≈ 52. In Float, cosh²(x)
    /// overflows at |x| > 45.05 (acosh √FLT_MAX; e^2|x| already at 44.36), so 1 / cosh²(x)
    /// returns 1/∞ = 0 there, harmlessly, as the true value is subnormal. The exponential form
    /// only ever exponentiates a non-positive number, so it neither cancels nor overflows; its
    /// limit at ±∞ is 0.
    public func derivative(_ x: Float) -> Float {
        let e = exp(-2 * abs(Double(x)))
        return Float(4 * e / ((1 + e) * (1 + e)))
    }
}
