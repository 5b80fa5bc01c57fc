/// What the grading suites know about one gated linear unit f(a, b), independently of any
/// implementation: its reference table's name, which input goes through the non-linearity,
/// its Double oracle, and how closely a correct Float implementation can match it.
///
/// The tolerances are the ones of the underlying activation (`ActivationSpec.sigmoid`,
/// `.swish`, `.gelu`) at the gated input, plus one ulp wherever a result is that activation's
/// value or derivative multiplied by the other input (one more rounding), and with the
/// activation's absolute allowance scaled by that input (an absolute error times b is an
/// absolute error |b| times larger).
public struct GatedSpec: Sendable {
    /// One of the two inputs.
    public enum Input: String, Sendable {
        case a, b
    }

    /// The reference table's name, `glu`.
    public let name: String
    /// How failure messages write the unit, `glu`.
    public let symbol: String
    /// The input inside the non-linearity: b for GLU (a · σ(b)), a for SwiGLU and GEGLU.
    public let gated: Input
    public let value: @Sendable (Double, Double) -> Double
    public let gradients: @Sendable (Double, Double) -> (a: Double, b: Double)
    public let valueTolerance: @Sendable (Float, Float) -> Tolerance
    public let gradientTolerances: @Sendable (Float, Float) -> (a: Tolerance, b: Tolerance)

    public init(
        name: String, symbol: String, gated: Input,
        value: @escaping @Sendable (Double, Double) -> Double,
        gradients: @escaping @Sendable (Double, Double) -> (a: Double, b: Double),
        valueTolerance: @escaping @Sendable (Float, Float) -> Tolerance,
        gradientTolerances: @escaping @Sendable (Float, Float) -> (a: Tolerance, b: Tolerance)
    ) {
        self.name = name
        self.symbol = symbol
        self.gated = gated
        self.value = value
        self.gradients = gradients
        self.valueTolerance = valueTolerance
        self.gradientTolerances = gradientTolerances
    }

    /// The other input, which enters linearly.
    public var linear: Input { gated == .a ? .b : .a }

    /// The gated input of the pair (a, b).
    public func gatedInput(_ a: Float, _ b: Float) -> Float { gated == .a ? a : b }

    /// The oracle's f(a, b), correctly rounded to Float.
    public func expectedValue(_ a: Float, _ b: Float) -> Float { Float(value(Double(a), Double(b))) }
    /// The oracle's (∂f/∂a, ∂f/∂b), each correctly rounded to Float.
    public func expectedGradients(_ a: Float, _ b: Float) -> (a: Float, b: Float) {
        let g = gradients(Double(a), Double(b))
        return (Float(g.a), Float(g.b))
    }

    /// `glu(1, -2)`.
    public func call(_ a: Float, _ b: Float) -> String {
        "\(symbol)(\(Spelling.float(a)), \(Spelling.float(b)))"
    }
    /// `∂glu/∂a(1, -2)`.
    public func callGradient(_ input: Input, _ a: Float, _ b: Float) -> String {
        "∂\(symbol)/∂\(input.rawValue)(\(Spelling.float(a)), \(Spelling.float(b)))"
    }
}

extension GatedSpec {
    /// GLU(a, b) = a · σ(b): σ's tolerances at b.
    public static let glu = GatedSpec(
        name: "glu", symbol: "glu", gated: .b,
        value: Oracle.glu, gradients: Oracle.gluGradients,
        valueTolerance: { _, b in ActivationSpec.sigmoid.valueTolerance(b).plusUlps(1) },
        gradientTolerances: { a, b in
            (ActivationSpec.sigmoid.valueTolerance(b),
             scaled(ActivationSpec.sigmoid.derivativeTolerance(b), by: a))
        })

    /// SwiGLU(a, b) = Swish(a) · b: Swish's tolerances at a.
    public static let swiglu = GatedSpec(
        name: "swiglu", symbol: "swiglu", gated: .a,
        value: Oracle.swiglu, gradients: Oracle.swigluGradients,
        valueTolerance: { a, _ in ActivationSpec.swish.valueTolerance(a).plusUlps(1) },
        gradientTolerances: { a, b in
            (scaled(ActivationSpec.swish.derivativeTolerance(a), by: b),
             ActivationSpec.swish.valueTolerance(a))
        })

    /// GEGLU(a, b) = GELU(a) · b: GELU's tolerances at a.
    public static let geglu = GatedSpec(
        name: "geglu", symbol: "geglu", gated: .a,
        value: Oracle.geglu, gradients: Oracle.gegluGradients,
        valueTolerance: { a, _ in ActivationSpec.gelu.valueTolerance(a).plusUlps(1) },
        gradientTolerances: { a, b in
            (scaled(ActivationSpec.gelu.derivativeTolerance(a), by: b),
             ActivationSpec.gelu.valueTolerance(a))
        })

    /// `tolerance` for a result multiplied by `factor`: one more ulp for the product's rounding,
    /// and the absolute allowance times |factor| (none for an infinite factor, where the
    /// expected result is ±∞ or NaN and must be met exactly anyway).
    static func scaled(_ tolerance: Tolerance, by factor: Float) -> Tolerance {
        Tolerance(ulps: tolerance.ulps + 1,
                  absolute: factor.isFinite ? tolerance.absolute * Double(factor.magnitude) : 0)
    }
}
