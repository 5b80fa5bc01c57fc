import GradingSupport

extension Hints {
    static let sigmoid = Hints(
        value: [
            "zero": "σ(0) = 1/(1 + e⁰) = 1/2 exactly",
            "tiny": "near 0, σ(x) ≈ 1/2 + x/4: check the sign in the exponent, σ(x) = 1/(1 + e^−x)",
            "moderate": "check the formula σ(x) = 1/(1 + e^−x), including the minus sign in the exponent",
            "tail": "far from 0, σ(x) is either almost exactly 1 or a tiny positive number; compute each side from e^−|x| (1/(1 + e^−x) for x ≥ 0, eˣ/(1 + eˣ) for x < 0) so neither overflows",
            "overflow": "eˣ overflows Float above x ≈ 88.72, so eˣ/(1 + eˣ) becomes ∞/∞ = NaN; rewrite so you only ever exponentiate a non-positive number: 1/(1 + e^−x) for x ≥ 0 and eˣ/(1 + eˣ) for x < 0",
            "special": "σ(+∞) = 1 and σ(−∞) = 0: a formula that only ever exponentiates −|x| gets these for free",
        ],
        derivative: [
            "zero": "σ′(0) = σ(0)(1 − σ(0)) = 1/4",
            "tail": "in the tails σ′(x) ≈ e^−|x| is tiny but not 0 everywhere: compute it from e^−|x| (σ′ = e^−|x|/(1 + e^−|x|)²) rather than from a formula with eˣ or e^−x that can overflow",
            "overflow": "σ′ must not overflow for large |x|: compute σ(x) stably first and return σ(x)(1 − σ(x)), instead of e^−x/(1 + e^−x)², which is ∞/∞ = NaN below x ≈ −88.7",
            "special": "σ′(±∞) = 0: compute it as σ(x)(1 − σ(x)) from a stable σ",
        ],
        valueFallback: "σ(x) = 1/(1 + e^−x): check the formula",
        derivativeFallback: "σ′(x) = σ(x)(1 − σ(x)), a function of σ(x); writing x(1 − x) differentiates in the wrong variable")

    /// The cure for σ(1 − σ) losing the tails.
    static let sigmoidDerivativeTails =
        "1 − σ(x) cancels once σ(x) is close to 1 (it is exactly 0 for x > 17.3); use the symmetry 1 − σ(x) = σ(−x): σ′(x) = σ(x)σ(−x) = e^−|x|/(1 + e^−|x|)², which subtracts nothing"
}
