// Reference notes: Solutions/08-swish-gelu-mish/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore
import Foundation

/// Mish, x · tanh(softplus(x)).
///
/// Composing tanh, log and exp would cost three transcendental calls and inherit softplus's
/// overflow problems. Instead, with n = eˣ(eˣ + 2), the gate has the closed form
///
///     tanh(softplus(x)) = ((1 + eˣ)² − 1) / ((1 + eˣ)² + 1) = n / (n + 2),
///
/// and, because 1 + n = (1 + eˣ)², its complement sech²(softplus(x)) = 4(1 + n)/(n + 2)²
/// needs no subtraction 1 − tanh² (which cancels for large x). Both forms are written in
/// u = e^−|x| ≤ 1 so that nothing overflows:
/// - for x ≤ 0 (u = eˣ): n = u(u + 2), gate = n/(n + 2);
/// - for x > 0 (u = e^−x, dividing through by e²ˣ): gate = (1 + 2u)/(1 + 2u + 2u²).
///
/// One exp per call; everything runs in Double and rounds once to Float (see `ArcTan` in
/// lesson 01). At x = ±∞ the products meet ∞ · 0, so the limits are returned directly.
public struct Mish: Activation {
    public init() {}

    /// x · tanh(softplus(x)); Mish(−∞) = 0, Mish(+∞) = +∞, NaN stays NaN.
    public func callAsFunction(_ x: Float) -> Float {
        if x == -.infinity { return 0 }
        let d = Double(x)
        return Float(d * Self.parts(d).gate)
    }

    /// f′(x) = tanh(sp) + x · sech²(sp) · σ(x) with sp = softplus(x); the limits are 0 at −∞
    /// and 1 at +∞.
    ///
    /// With the same u, sech²(sp) · σ(x) simplifies to 4u(1 + u)/(n + 2)² for x ≤ 0 and to
    /// 4u²(1 + u)/(1 + 2u + 2u²)² for x > 0. f′ is negative for x < −1.19, where its two terms
    /// cancel near the root; in Double this costs nothing visible in Float.
    public func derivative(_ x: Float) -> Float {
        if x.isInfinite { return x > 0 ? 1 : 0 }
        let d = Double(x)
        let p = Self.parts(d)
        return Float(p.gate + d * p.slope)
    }

    /// tanh(softplus(d)) and sech²(softplus(d)) · σ(d), from u = e^−|d|. NaN gives NaN in both.
    private static func parts(_ d: Double) -> (gate: Double, slope: Double) {
        let u = exp(-abs(d))
        if d > 0 {
            let denominator = 1 + 2 * u + 2 * u * u
            return ((1 + 2 * u) / denominator, 4 * u * u * (1 + u) / (denominator * denominator))
        }
        let n = u * (u + 2)
        return (n / (n + 2), 4 * u * (1 + u) / ((n + 2) * (n + 2)))
    }
}
