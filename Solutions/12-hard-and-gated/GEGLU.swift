// Reference notes: Solutions/12-hard-and-gated/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore
import Foundation

/// GEGLU(a, b) = GELU(a) · b with the exact GELU(a) = a·Φ(a) of lesson 08: Shazeer (2020),
/// *GLU Variants Improve Transformer*, used in T5 v1.1 and Gemma's feed-forward layers.
///
/// As in `SwiGLU`, the **first** input goes through the non-linearity and the second enters
/// linearly. The gradients are
///
///     ∂f/∂a = GELU′(a) · b = (Φ(a) + a·φ(a)) · b
///     ∂f/∂b = GELU(a)
///
/// Φ(a) = erfc(−a/√2)/2, which (unlike (1 + erf(a/√2))/2) keeps its relative accuracy for
/// negative a, and φ(a) = e^(−a²/2)/√(2π). Everything runs in Double and rounds once to Float.
///
/// Infinite inputs: GELU(−∞) = 0, GELU(+∞) = +∞, GELU′(−∞) = 0, GELU′(+∞) = 1, and an infinite
/// b with a finite a scales by ±∞. Where that leaves 0 · ∞ or both inputs are infinite there is
/// no single limit, and the IEEE result (NaN) stands. NaN in either input gives NaN everywhere.
public struct GEGLU: GatedActivation {
    public init() {}

    /// GELU(a) · b.
    public func callAsFunction(_ a: Float, _ b: Float) -> Float {
        if a.isNaN || b.isNaN { return .nan }
        return Float(Self.gelu(Double(a)).value * Double(b))
    }

    /// (GELU′(a) · b, GELU(a)).
    public func gradients(_ a: Float, _ b: Float) -> (a: Float, b: Float) {
        if a.isNaN || b.isNaN { return (.nan, .nan) }
        let g = Self.gelu(Double(a))
        return (Float(g.slope * Double(b)), Float(g.value))
    }

    /// GELU(t) = t·Φ(t) and GELU′(t) = Φ(t) + t·φ(t), with their limits at ±∞.
    static func gelu(_ t: Double) -> (value: Double, slope: Double) {
        if t.isInfinite { return t > 0 ? (t, 1) : (0, 0) }
        let cdf = erfc(-t / 2.0.squareRoot()) / 2
        let density = exp(-t * t / 2) / (2 * Double.pi).squareRoot()
        return (t * cdf, cdf + t * density)
    }
}
