// Reference notes: Solutions/12-hard-and-gated/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore
import Foundation

/// SwiGLU(a, b) = Swish(a) · b with Swish(a) = a·σ(a) (SiLU, β = 1): Shazeer (2020), *GLU
/// Variants Improve Transformer*, and the feed-forward layer of PaLM and LLaMA.
///
/// Here the **first** input goes through the non-linearity and the second enters linearly,
/// the order of Shazeer's paper and of LLaMA's `w2(F.silu(w1(x)) * w3(x))`: a = xW₁, b = xW₃.
/// (GLU, following Dauphin and `F.glu`, has its non-linearity on the second input.) The
/// gradients are
///
///     ∂f/∂a = Swish′(a) · b = (σ(a) + a·σ(a)σ(−a)) · b
///     ∂f/∂b = Swish(a)
///
/// Swish and Swish′ are lesson 08's sign-split forms (nothing overflows, no 1 − σ), evaluated in
/// Double and rounded once to Float.
///
/// Infinite inputs: Swish(−∞) = 0, Swish(+∞) = +∞, Swish′(−∞) = 0, Swish′(+∞) = 1, and an
/// infinite b with a finite a scales by ±∞. Where that leaves 0 · ∞ (SwiGLU(0, ∞), or
/// SwiGLU(+∞, 0)) or both inputs are infinite there is no single limit, and the IEEE result
/// (NaN) stands. NaN in either input gives NaN everywhere.
public struct SwiGLU: GatedActivation {
    public init() {}

    /// Swish(a) · b.
    public func callAsFunction(_ a: Float, _ b: Float) -> Float {
        if a.isNaN || b.isNaN { return .nan }
        return Float(Self.swish(Double(a)).value * Double(b))
    }

    /// (Swish′(a) · b, Swish(a)).
    public func gradients(_ a: Float, _ b: Float) -> (a: Float, b: Float) {
        if a.isNaN || b.isNaN { return (.nan, .nan) }
        let s = Self.swish(Double(a))
        return (Float(s.slope * Double(b)), Float(s.value))
    }

    /// Swish(t) = t·σ(t) and Swish′(t) = σ(t) + t·σ(t)σ(−t), with their limits at ±∞ (where
    /// t · σ(t) would be −∞ · 0).
    static func swish(_ t: Double) -> (value: Double, slope: Double) {
        if t.isInfinite { return t > 0 ? (t, 1) : (0, 0) }
        let e = exp(-abs(t))
        let sigma = t >= 0 ? 1 / (1 + e) : e / (1 + e)
        return (t * sigma, sigma + t * (e / ((1 + e) * (1 + e))))
    }
}
