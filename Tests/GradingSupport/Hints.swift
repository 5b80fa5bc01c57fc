/// What a failure message suggests, per reference-table region, for a function's value and for
/// its derivative.
///
/// Lessons build these from the shared phrases below plus their own, so that a failure in,
/// say, the overflow region says *why* a formula usually breaks there.
public struct Hints: Sendable {
    public var value: [String: String]
    public var derivative: [String: String]
    public var valueFallback: String
    public var derivativeFallback: String

    public init(
        value: [String: String] = [:], derivative: [String: String] = [:],
        valueFallback: String, derivativeFallback: String
    ) {
        self.value = value
        self.derivative = derivative
        self.valueFallback = valueFallback
        self.derivativeFallback = derivativeFallback
    }

    public func forValue(in region: String) -> String { value[region] ?? valueFallback }
    public func forDerivative(in region: String) -> String {
        derivative[region] ?? derivativeFallback
    }
}

extension Hints {
    /// A finite input gave NaN or ±∞ where the answer is an ordinary number.
    public static let notFinite =
        "a finite input must give a finite result; if you have not started yet, replace unimplemented() with your formula"

    /// eˣ overflowing: the classic failure of naive formulas.
    public static let overflow =
        "eˣ overflows Float above x ≈ 88.72 (and e⁻ˣ below −88.72), giving ∞ and then ∞/∞ = NaN or ∞ − ∞; rewrite so you only ever exponentiate a non-positive number, e.g. use e^−|x| (Hint 1 in Exercises/02-sigmoid/README.md)"

    /// Limits at ±∞.
    public static let limits =
        "at ±∞ return the limits: formulas like x·σ(x) or (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ) produce ∞·0 or ∞/∞ = NaN there, so handle infinite x explicitly (x.isInfinite) (Hint 1 in Exercises/08-swish-gelu-mish/README.md)"

    /// NaN propagation.
    public static let nan =
        "NaN in must give NaN out, for the value and the derivative: comparisons with NaN are false, so max(0, x) or `x > 0 ? 1 : 0` silently turn NaN into a number; test x.isNaN first (and return x) (Hint 1 in Exercises/01-warm-up/README.md)"

    /// A derivative inconsistent with the student's own function.
    public static let slope =
        "your derivative disagrees with the slope of your own function: check you differentiated with respect to x and applied the chain and product rules, e.g. σ′(x) is σ(x)·σ(−x), a function of σ(x), not x(1 − x)"

    /// Kinks take the left derivative.
    public static let kink =
        "at a kink the kit uses the left derivative (the slope for x ≤ 0), as PyTorch does: ReLU′(0) = 0, LeakyReLU′(0) = α, ELU′(0) = α, SELU′(0) = λα; compare with `x > 0`, not `x >= 0`"
}
