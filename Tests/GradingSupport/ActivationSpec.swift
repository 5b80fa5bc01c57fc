/// What the grading suites know about one activation, independently of any implementation:
/// its name in the reference tables, its Double oracle, how closely a correct Float
/// implementation can match it, and where it has kinks.
public struct ActivationSpec: Sendable {
    /// The kebab-case name used by the reference tables (`leaky-relu`).
    public let name: String
    /// How failure messages write the function, e.g. `sigmoid` or `elu[α=0.5]`.
    public let symbol: String
    /// The oracle, f and f′ in Double.
    public let value: @Sendable (Double) -> Double
    public let derivative: @Sendable (Double) -> Double
    /// How far a correct Float implementation may be from the correctly rounded f(x) and f′(x).
    public let valueTolerance: @Sendable (Float) -> Tolerance
    public let derivativeTolerance: @Sendable (Float) -> Tolerance
    /// Inputs where f is not differentiable; slope checks stay away from them.
    public let kinks: [Float]

    public init(
        name: String, symbol: String,
        value: @escaping @Sendable (Double) -> Double,
        derivative: @escaping @Sendable (Double) -> Double,
        valueTolerance: @escaping @Sendable (Float) -> Tolerance = { _ in .tight },
        derivativeTolerance: @escaping @Sendable (Float) -> Tolerance = { _ in .tight },
        kinks: [Float] = []
    ) {
        self.name = name
        self.symbol = symbol
        self.value = value
        self.derivative = derivative
        self.valueTolerance = valueTolerance
        self.derivativeTolerance = derivativeTolerance
        self.kinks = kinks
    }

    /// The oracle's f(x), correctly rounded to Float.
    public func expectedValue(_ x: Float) -> Float { Float(value(Double(x))) }
    /// The oracle's f′(x), correctly rounded to Float.
    public func expectedDerivative(_ x: Float) -> Float { Float(derivative(Double(x))) }

    /// `sigmoid(-100)`.
    public func call(_ x: Float) -> String { "\(symbol)(\(Spelling.float(x)))" }
    /// `sigmoid′(-100)`.
    public func callDerivative(_ x: Float) -> String { "\(symbol)′(\(Spelling.float(x)))" }
}

extension Tolerance {
    /// The absolute allowance for derivatives whose textbook formula subtracts a value near 1
    /// (σ(1 − σ), 1 − tanh², ELU(x) + α, σ + xσ(1 − σ)): once σ or tanh has rounded to almost 1
    /// the difference keeps only the absolute accuracy of a Float near 1, 2⁻²⁴, and the next
    /// one or two operations may triple that. 4·ulp(1) = 2⁻²¹ ≈ 4.8e-7 covers it, while any
    /// wrong formula is off by something of the order of the derivative itself (≤ 1).
    public static let oneMinusRounding = 4 * ulpOfOne

    /// Extra ulps for a function evaluated at a rounded product like βx or x/√2.
    ///
    /// Rounding the argument u to Float changes it by up to |u|·2⁻²⁴; a function whose
    /// logarithmic slope is about |u| there (e^−u², σ(u) deep in its tail) turns that into a
    /// relative error of |u|²·2⁻²⁴ ≈ |u|²/2 ulps (GELU) or |u|·2⁻²⁴ (Swish with β ≠ 1). It is
    /// unavoidable in Float, so it is granted. Capped, as it only matters for moderate |u|.
    public static func argumentRounding(_ ulps: Double) -> UInt64 {
        UInt64(min(ulps.magnitude, 1e6).rounded(.up))
    }
}
