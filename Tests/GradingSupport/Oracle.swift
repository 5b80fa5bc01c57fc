import Foundation

/// Independent reference implementations of every activation, in Double.
///
/// The grading suites compare students' Float functions with these. They are written from the
/// mathematical definitions using Foundation's Double `exp`, `log1p`, `expm1`, `tanh`, `erfc`,
/// never from the kit's Solutions, and each is arranged so that Double itself loses no
/// accuracy (no overflow, no cancellation): with 53 bits against Float's 24, rounding the
/// result to Float then gives the correctly rounded answer for all practical purposes.
///
/// Limits at ±∞ are returned explicitly where the formula would produce ∞ · 0, and NaN in
/// gives NaN out, which is what the `Activation` protocol asks of students too.
public enum Oracle {
    /// The SELU constants of Klambauer et al. (2017), to Double precision.
    public static let seluAlpha = 1.6732632423543772848170429916717
    public static let seluLambda = 1.0507009873554804934193349852946

    public static func identity(_ x: Double) -> Double { x }
    public static func identityDerivative(_ x: Double) -> Double { x.isNaN ? x : 1 }

    /// 1 for x ≥ 0 (so the step is 1 at 0), 0 below.
    public static func binaryStep(_ x: Double) -> Double { x.isNaN ? x : (x >= 0 ? 1 : 0) }
    public static func binaryStepDerivative(_ x: Double) -> Double { x.isNaN ? x : 0 }

    public static func arctan(_ x: Double) -> Double { atan(x) }
    public static func arctanDerivative(_ x: Double) -> Double {
        // 1/(1 + x²) with x² overflowing to ∞ for huge x gives the right limit, 0.
        1 / (1 + x * x)
    }

    /// σ(x), exponentiating only −|x| so nothing overflows.
    public static func sigmoid(_ x: Double) -> Double {
        if x.isNaN { return x }
        let e = exp(-abs(x))
        return x >= 0 ? 1 / (1 + e) : e / (1 + e)
    }
    /// σ′(x) = σ(x)·σ(−x) = e^−|x| / (1 + e^−|x|)², free of the 1 − σ cancellation.
    public static func sigmoidDerivative(_ x: Double) -> Double {
        if x.isNaN { return x }
        let e = exp(-abs(x))
        return e / ((1 + e) * (1 + e))
    }

    public static func tanh(_ x: Double) -> Double { Foundation.tanh(x) }
    /// tanh′(x) = sech²(x) = 1/cosh²(x), which (unlike 1 − tanh²) keeps its relative accuracy
    /// in the tails; cosh overflowing to ∞ gives the right limit, 0.
    public static func tanhDerivative(_ x: Double) -> Double {
        let c = cosh(x)
        return 1 / (c * c)
    }

    /// max(0, x), except that NaN stays NaN.
    public static func relu(_ x: Double) -> Double { x.isNaN ? x : (x > 0 ? x : 0) }
    /// 1 for x > 0, 0 otherwise: at the kink the left derivative, 0.
    public static func reluDerivative(_ x: Double) -> Double { x.isNaN ? x : (x > 0 ? 1 : 0) }

    /// x for x > 0, αx otherwise.
    public static func leakyReLU(_ x: Double, alpha: Double) -> Double {
        if x.isNaN { return x }
        return x > 0 ? x : alpha * x
    }
    /// 1 for x > 0, α otherwise: at the kink the left derivative, α.
    public static func leakyReLUDerivative(_ x: Double, alpha: Double) -> Double {
        x.isNaN ? x : (x > 0 ? 1 : alpha)
    }
    /// ∂/∂α of the leaky ReLU: 0 for x > 0, x otherwise.
    public static func leakyReLUAlphaGradient(_ x: Double) -> Double {
        x.isNaN ? x : (x > 0 ? 0 : x)
    }

    /// x for x > 0, α(eˣ − 1) otherwise, with expm1 so that small |x| keeps its digits.
    public static func elu(_ x: Double, alpha: Double) -> Double {
        if x.isNaN { return x }
        return x > 0 ? x : alpha * expm1(x)
    }
    /// 1 for x > 0, αeˣ otherwise: at the kink the left derivative, α.
    public static func eluDerivative(_ x: Double, alpha: Double) -> Double {
        if x.isNaN { return x }
        return x > 0 ? 1 : alpha * exp(x)
    }

    public static func selu(_ x: Double) -> Double { seluLambda * elu(x, alpha: seluAlpha) }
    public static func seluDerivative(_ x: Double) -> Double {
        seluLambda * eluDerivative(x, alpha: seluAlpha)
    }

    /// log(1 + eˣ) = max(x, 0) + log1p(e^−|x|): exponentiates only −|x|.
    public static func softplus(_ x: Double) -> Double {
        if x.isNaN { return x }
        return max(x, 0) + log1p(exp(-abs(x)))
    }
    public static func softplusDerivative(_ x: Double) -> Double { sigmoid(x) }

    /// x·σ(βx), with its limit 0 at −∞ (for β > 0) instead of −∞ · 0.
    public static func swish(_ x: Double, beta: Double) -> Double {
        if x == -.infinity { return 0 }
        return x * sigmoid(beta * x)
    }
    /// σ(βx) + βx·σ(βx)·σ(−βx), with the limits 1 and 0 at ±∞.
    public static func swishDerivative(_ x: Double, beta: Double) -> Double {
        if x.isInfinite { return x > 0 ? 1 : 0 }
        let t = beta * x
        return sigmoid(t) + t * sigmoidDerivative(t)
    }

    /// x·Φ(x) with Φ(x) = erfc(−x/√2)/2, which has no 1 + erf cancellation for negative x.
    public static func gelu(_ x: Double) -> Double {
        if x == -.infinity { return 0 }
        return x * normalCDF(x)
    }
    /// Φ(x) + x·φ(x), with the limits 1 and 0 at ±∞.
    public static func geluDerivative(_ x: Double) -> Double {
        if x.isInfinite { return x > 0 ? 1 : 0 }
        return normalCDF(x) + x * exp(-x * x / 2) / (2 * Double.pi).squareRoot()
    }

    /// x·tanh(softplus(x)), with its limit 0 at −∞.
    public static func mish(_ x: Double) -> Double {
        if x == -.infinity { return 0 }
        return x * Foundation.tanh(softplus(x))
    }
    /// tanh(sp) + x·sech²(sp)·σ(x) with sp = softplus(x), and the limits 1 and 0 at ±∞.
    public static func mishDerivative(_ x: Double) -> Double {
        if x.isInfinite { return x > 0 ? 1 : 0 }
        let sp = softplus(x)
        return Foundation.tanh(sp) + x * tanhDerivative(sp) * sigmoid(x)
    }

    /// Φ(x), the standard normal distribution function.
    public static func normalCDF(_ x: Double) -> Double {
        erfc(-x / 2.0.squareRoot()) / 2
    }
}
