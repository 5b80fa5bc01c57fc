// Reference notes: Solutions/08-swish-gelu-mish/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore
import Foundation

/// The Gaussian error linear unit, x · Φ(x) = x/2 · (1 + erf(x/√2)), the exact erf form.
///
/// Φ(x), the standard normal distribution function, is evaluated as erfc(−x/√2)/2, not as
/// (1 + erf(x/√2))/2: for negative x, erf(x/√2) approaches −1 and 1 + erf cancels every digit
/// (it is exactly 0 for x < −8.37 in Double, where GELU is still ≈ −2e-16, and already for
/// x < −5.54 in Float), while erfc(|z|) is computed directly and keeps its full relative
/// accuracy until it underflows. Everything runs in Double and rounds once to Float (see `ArcTan` in lesson 01).
///
/// This is the exact GELU of Hendrycks & Gimpel (2016), not the tanh or sigmoid approximation.
public struct GELU: Activation {
    public init() {}

    /// x · Φ(x); GELU(−∞) = 0 (Φ decays like e^−x²/2, far faster than x grows), GELU(+∞) = +∞,
    /// NaN stays NaN.
    public func callAsFunction(_ x: Float) -> Float {
        if x == -.infinity { return 0 }
        let d = Double(x)
        return Float(d * Self.normalCDF(d))
    }

    /// f′(x) = Φ(x) + x·φ(x) with φ(x) = e^−x²/2 / √(2π); the limits are 0 at −∞ and 1 at +∞.
    ///
    /// x² cannot overflow in Double for a Float x. f′ is negative for x < −0.752, and its two
    /// terms cancel near that root; in Double this costs nothing visible in Float.
    public func derivative(_ x: Float) -> Float {
        if x.isInfinite { return x > 0 ? 1 : 0 }
        let d = Double(x)
        let density = exp(-d * d / 2) / (2 * Double.pi).squareRoot()
        return Float(Self.normalCDF(d) + d * density)
    }

    /// Φ(d) = erfc(−d/√2) / 2, without the 1 + erf cancellation.
    private static func normalCDF(_ d: Double) -> Double {
        erfc(-d / 2.0.squareRoot()) / 2
    }
}
