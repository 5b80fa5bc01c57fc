// Reference notes: Solutions/12-hard-and-gated/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore
import Foundation

/// The gated linear unit of Dauphin et al. (2017), GLU(a, b) = a · σ(b): the value a, let
/// through by the gate σ(b) ∈ (0, 1).
///
/// This is PyTorch's `F.glu` convention: `F.glu(x)` splits x in halves [a, b] and returns
/// a · σ(b), so `GLU()(a, b)` is `F.glu(torch.cat([a, b]))` entry by entry. The gradients are
///
///     ∂f/∂a = σ(b)                 (the gate itself: a is passed on linearly)
///     ∂f/∂b = a · σ′(b) = a · σ(b)σ(−b)
///
/// σ and σ′ are the sign-split forms of lesson 02, from e = e^−|b| ∈ [0, 1], which never
/// overflows and forms no 1 − σ. Everything runs in Double and rounds once to Float.
///
/// Infinite inputs: an infinite a with a finite b gives ±∞ for f and ∂f/∂b (σ(b) and σ′(b) are
/// positive for every finite b, even where they would underflow); an infinite b gives σ = 1 or
/// 0 and σ′ = 0. With both infinite there is no limit, and the IEEE result (possibly NaN)
/// stands. NaN in either input gives NaN everywhere, including ∂f/∂a = σ(b), which would
/// otherwise ignore a NaN in a.
public struct GLU: GatedActivation {
    public init() {}

    /// a · σ(b).
    public func callAsFunction(_ a: Float, _ b: Float) -> Float {
        if a.isNaN || b.isNaN { return .nan }
        if a.isInfinite && b.isFinite { return a }
        return Float(Double(a) * Self.logistic(Double(b)).value)
    }

    /// (σ(b), a · σ′(b)).
    public func gradients(_ a: Float, _ b: Float) -> (a: Float, b: Float) {
        if a.isNaN || b.isNaN { return (.nan, .nan) }
        let s = Self.logistic(Double(b))
        if a.isInfinite && b.isFinite { return (Float(s.value), a) }
        return (Float(s.value), Float(Double(a) * s.slope))
    }

    /// σ(t) and σ′(t) = σ(t)σ(−t), exponentiating only −|t|.
    static func logistic(_ t: Double) -> (value: Double, slope: Double) {
        let e = exp(-abs(t))
        return (t >= 0 ? 1 / (1 + e) : e / (1 + e), e / ((1 + e) * (1 + e)))
    }
}
