// Reference notes: Solutions/08-swish-gelu-mish/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore
import Foundation

/// Swish, x · σ(βx); at β = 1 it is SiLU.
///
/// With t = βx and e = e^−|t| ∈ [0, 1] (which never overflows), the logistic factor is
/// σ(t) = 1/(1 + e) for t ≥ 0 and e/(1 + e) for t < 0, and its derivative σ′(t) = e/(1 + e)²,
/// the same sign-split forms as lesson 02's `Sigmoid`. Everything runs in Double and rounds
/// once to Float (see `ArcTan` in lesson 01); βx is exact in Double.
///
/// At x = ±∞ the formulas meet ∞ · 0, so the limits are returned directly: where βx → −∞ the
/// factor σ(βx) vanishes exponentially and beats the linear growth of x, giving 0.
///
/// `betaGradient`, ∂f/∂β = x²·σ′(βx), lets a trainer learn β (one per unit, starting at 1);
/// it uses the same σ′ and the same Double evaluation.
public struct Swish: Activation {
    /// The sharpness β; as β → ∞ Swish approaches ReLU. A constant, or a trainable parameter
    /// whose gradient is `betaGradient`.
    public let beta: Float

    public init(beta: Float = 1) {
        self.beta = beta
    }

    /// x · σ(βx); for β > 0, Swish(−∞) = 0 and Swish(+∞) = +∞. NaN stays NaN.
    public func callAsFunction(_ x: Float) -> Float {
        if x.isInfinite {
            // βx → −∞: 0; βx → +∞: x; β = 0 (βx is NaN here): x/2 = x.
            return beta * x < 0 ? 0 : x
        }
        let d = Double(x)
        return Float(d * Self.logistic(Double(beta) * d).value)
    }

    /// f′(x) = σ(βx) + βx · σ′(βx); for β > 0 the limits are 0 at −∞ and 1 at +∞.
    ///
    /// f′ is negative for βx < −1.28 (where Swish dips), and the two terms cancel near that root;
    /// in Double the cancellation costs nothing visible in Float, because a Float input is at
    /// least 1e-7 away from the irrational root.
    public func derivative(_ x: Float) -> Float {
        if x.isInfinite {
            let t = beta * x
            return t > 0 ? 1 : (t < 0 ? 0 : 0.5)
        }
        let t = Double(beta) * Double(x)
        let s = Self.logistic(t)
        return Float(s.value + t * s.slope)
    }

    /// ∂f/∂β, the gradient that trains β: x²·σ(βx)·σ(−βx), an even function of x and of β that
    /// is never negative. Its limit at x = ±∞ is 0 for β ≠ 0 (e^−|βx| beats x²) and +∞ for
    /// β = 0 (where f = x/2 and ∂f/∂β = x²/4); at x = ±0 it is +0; NaN gives NaN.
    ///
    /// f depends on β only through t = βx, so ∂f/∂β = x · x·σ′(t) = x²·σ′(t), and σ′(t) is
    /// computed as e/(1 + e)² with e = e^−|t|, the same form as `derivative` uses.
    ///
    /// Why this form, and why in Double:
    /// - The textbook σ′ = σ(1 − σ) cancels: in Float, 1/(1 + e⁻ᵗ) is exactly 1 once t > 16.6
    ///   (a correctly rounded σ(t) once t > 17.3), so x²σ(1 − σ) is 0 where the gradient is
    ///   still x²e⁻ᵗ (8.2e-7 at x = 20, β = 1), and short of that it keeps only the absolute
    ///   accuracy of 1 − σ. e/(1 + e)² has no subtraction and gives the same digits for t and
    ///   −t, so the gradient is exactly even in x and in β, for negative β too.
    /// - In Float, x² overflows for |x| > 1.8e19 and e^−|t| loses digits (becomes subnormal)
    ///   for |t| > 87.3 while x²e^−|t| is still a normal Float (down to |t| ≈ 96 at β = 1). In
    ///   Double neither can happen: x² and t = βx of Floats are exact (48 bits ≤ 53) and at most
    ///   1.2e77, and e^−|t| underflows Double only where x²e^−|t| is far below Float's least
    ///   subnormal. So the only rounding that reaches the Float result is the last one.
    /// - At x = ±∞ the formula is ∞ · 0, so the limit is returned directly.
    public func betaGradient(_ x: Float) -> Float {
        if x.isInfinite {
            return beta == 0 ? .infinity : (beta.isNaN ? .nan : 0)
        }
        let d = Double(x)
        return Float(d * d * Self.logistic(Double(beta) * d).slope)
    }

    /// σ(t) and σ′(t), exponentiating only −|t|. NaN gives NaN in both.
    static func logistic(_ t: Double) -> (value: Double, slope: Double) {
        let e = exp(-abs(t))
        return (t >= 0 ? 1 / (1 + e) : e / (1 + e), e / ((1 + e) * (1 + e)))
    }
}
