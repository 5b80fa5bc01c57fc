/// Lesson 12's oracles: the piecewise "hard" activations, written from their definitions with
/// the kit's left-derivative convention at every kink, and the gated linear units, built from
/// the Double sigmoid, Swish and GELU of `Oracle`. Independent of the Solutions, like the rest.
///
/// An infinite input with the other one ordinary gives the limit as that input alone grows,
/// which plain IEEE arithmetic on the factors' limits already produces (∞ · σ(b) = ∞ for a
/// moderate b, a · σ(−∞) = a · 0 = 0); the suites never ask about 0 · ∞ corners, where no
/// single limit exists.
extension Oracle {
    /// min(max(0, x), 6); NaN stays NaN.
    public static func relu6(_ x: Double) -> Double {
        if x.isNaN { return x }
        return x > 6 ? 6 : (x > 0 ? x : 0)
    }
    /// 1 on (0, 6], 0 elsewhere: the left derivative at 0 (0) and at 6 (1).
    public static func relu6Derivative(_ x: Double) -> Double {
        x.isNaN ? x : (x > 0 && x <= 6 ? 1 : 0)
    }

    /// relu6(x + 3)/6; x + 3 is exact in Double for every Float x that matters (|x| ≥ 2⁻²⁹; below
    /// that the result rounds to 1/2 either way).
    public static func hardSigmoid(_ x: Double) -> Double { relu6(x + 3) / 6 }
    /// 1/6 on (−3, 3], 0 elsewhere: the left derivative at −3 (0) and at 3 (1/6).
    public static func hardSigmoidDerivative(_ x: Double) -> Double {
        x.isNaN ? x : (x > -3 && x <= 3 ? 1.0 / 6 : 0)
    }

    /// x · relu6(x + 3)/6, with its limit 0 at −∞ (instead of −∞ · 0).
    public static func hardSwish(_ x: Double) -> Double {
        if x == -.infinity { return 0 }
        return x * relu6(x + 3) / 6
    }
    /// 0 for x ≤ −3, (2x + 3)/6 on (−3, 3], 1 above: the left derivative at −3 (0) and at 3 (3/2).
    public static func hardSwishDerivative(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x <= -3 { return 0 }
        return x > 3 ? 1 : (2 * x + 3) / 6
    }

    /// GLU(a, b) = a · σ(b); NaN in either input gives NaN.
    public static func glu(_ a: Double, _ b: Double) -> Double {
        a.isNaN || b.isNaN ? .nan : a * sigmoid(b)
    }
    /// (∂/∂a, ∂/∂b) of GLU = (σ(b), a · σ′(b)); NaN in either input gives NaN in both.
    public static func gluGradients(_ a: Double, _ b: Double) -> (a: Double, b: Double) {
        a.isNaN || b.isNaN ? (.nan, .nan) : (sigmoid(b), a * sigmoidDerivative(b))
    }

    /// SwiGLU(a, b) = Swish(a) · b with β = 1; NaN in either input gives NaN.
    public static func swiglu(_ a: Double, _ b: Double) -> Double {
        a.isNaN || b.isNaN ? .nan : swish(a, beta: 1) * b
    }
    /// (∂/∂a, ∂/∂b) of SwiGLU = (Swish′(a) · b, Swish(a)).
    public static func swigluGradients(_ a: Double, _ b: Double) -> (a: Double, b: Double) {
        a.isNaN || b.isNaN ? (.nan, .nan) : (swishDerivative(a, beta: 1) * b, swish(a, beta: 1))
    }

    /// GEGLU(a, b) = GELU(a) · b; NaN in either input gives NaN.
    public static func geglu(_ a: Double, _ b: Double) -> Double {
        a.isNaN || b.isNaN ? .nan : gelu(a) * b
    }
    /// (∂/∂a, ∂/∂b) of GEGLU = (GELU′(a) · b, GELU(a)).
    public static func gegluGradients(_ a: Double, _ b: Double) -> (a: Double, b: Double) {
        a.isNaN || b.isNaN ? (.nan, .nan) : (geluDerivative(a) * b, gelu(a))
    }
}
