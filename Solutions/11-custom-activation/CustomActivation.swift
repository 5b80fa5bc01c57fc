// Reference notes: Solutions/11-custom-activation/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore
import Foundation

/// Your own activation function: design it, then implement its value and its derivative.
///
/// The reference design is a *cloglog-gated linear unit*,
///
///     f(x) = x · g(x),   g(x) = 1 − exp(−eˣ),
///
/// where the gate g is the inverse of the complementary log-log link: the distribution function
/// of the minimum-Gumbel distribution. It follows the recipe of Swish (x · σ(x)) and GELU
/// (x · Φ(x)) — the input times a smooth distribution function — with a gate that is
/// deliberately *asymmetric*: g approaches 1 double-exponentially fast (g(3) = 1 − 1.9e-9), so
/// f is the identity for practical purposes once x > 3, while on the left g ≈ eˣ decays like
/// the logistic gate. Its properties:
/// - smooth (infinitely differentiable), f(0) = 0, f′(0) = 1 − 1/e ≈ 0.632;
/// - non-monotone and bounded below: coming from f(−∞) = 0, f dips to ≈ −0.312 at x ≈ −1.172
///   and rises through 0 at the origin, so small negative inputs keep a gradient while large
///   negative ones are switched off (f′(−∞) = 0);
/// - unbounded above with f′ → 1, so it does not saturate for positive inputs.
///
/// Numerics: for x ≪ 0, 1 − exp(−eˣ) subtracts two numbers both ≈ 1 and loses every digit (it
/// is exactly 0 in Double for x < −37.4, where g ≈ 5.6e-17), so g is computed as −expm1(−eˣ).
/// In f′, the product eˣ · exp(−eˣ) meets ∞ · 0 once eˣ overflows; it is merged into one
/// exponential exp(x − eˣ), which simply underflows to 0. Everything runs in Double and rounds
/// once to Float (see `ArcTan` in lesson 01).
public struct CustomActivation: Activation {
    public init() {}

    /// f(x) = x · (1 − exp(−eˣ)); f(−∞) = 0, f(+∞) = +∞, NaN stays NaN.
    public func callAsFunction(_ x: Float) -> Float {
        if x == -.infinity { return 0 }
        let d = Double(x)
        return Float(d * -expm1(-exp(d)))
    }

    /// f′(x) = g(x) + x · eˣ · exp(−eˣ) = −expm1(−eˣ) + x · exp(x − eˣ); the limits are 0 at −∞
    /// and 1 at +∞. f′ is negative left of the dip (x < −1.172), and its terms cancel near
    /// that root; in Double this costs nothing visible in Float.
    public func derivative(_ x: Float) -> Float {
        if x.isInfinite { return x > 0 ? 1 : 0 }
        let d = Double(x)
        let e = exp(d)
        return Float(-expm1(-e) + d * exp(d - e))
    }
}
