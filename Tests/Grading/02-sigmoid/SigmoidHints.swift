import GradingSupport

extension Hints {
    static let sigmoid = Hints(
        value: [
            "zero": "σ(0) = 1/(1 + e⁰) = 1/2 exactly",
            "tiny": "near 0, σ(x) ≈ 1/2 + x/4: check the sign in the exponent, σ(x) = 1/(1 + e^−x)",
            "moderate": "check the formula σ(x) = 1/(1 + e^−x), including the minus sign in the exponent",
            "tail": "far from 0, σ(x) is either almost exactly 1 or a tiny positive number; compute each side from e^−|x| (1/(1 + e^−x) for x ≥ 0, eˣ/(1 + eˣ) for x < 0) so neither overflows (Hints 1 and 2 in Exercises/02-sigmoid/README.md)",
            "overflow": "eˣ overflows Float above x ≈ 88.72, so eˣ/(1 + eˣ) becomes ∞/∞ = NaN; rewrite so you only ever exponentiate a non-positive number: 1/(1 + e^−x) for x ≥ 0 and eˣ/(1 + eˣ) for x < 0 (Hints 1 and 2 in Exercises/02-sigmoid/README.md)",
            "special": "σ(+∞) = 1 and σ(−∞) = 0: a formula that only ever exponentiates −|x| gets these for free (Hint 2 in Exercises/02-sigmoid/README.md)",
        ],
        derivative: [
            "zero": "σ′(0) = σ(0)·σ(−0) = 1/4",
            "tail": "in the tails σ′(x) ≈ e^−|x| is tiny but not 0: compute it from e^−|x|, σ′ = e^−|x|/(1 + e^−|x|)², rather than from a formula with eˣ or e^−x that can overflow, or with 1 − σ, which cancels (Hints 3 and 4 in Exercises/02-sigmoid/README.md)",
            "overflow": "σ′ must not overflow for large |x|: e^−x/(1 + e^−x)² is 0 below x ≈ −44.4 and ∞/∞ = NaN below −88.72; with e = e^−|x| (which never overflows) it is e/(1 + e)², the same for both signs (Hints 3 and 4 in Exercises/02-sigmoid/README.md)",
            "special": "σ′(±∞) = 0: e^−|x|/(1 + e^−|x|)² gives it for free, as e^−|±∞| = 0 (Hint 4 in Exercises/02-sigmoid/README.md)",
        ],
        valueFallback: "σ(x) = 1/(1 + e^−x): check the formula",
        derivativeFallback: "σ′(x) = σ(x)·σ(−x) (equal to σ(x)(1 − σ(x)) in exact arithmetic), a function of σ(x); writing x(1 − x) differentiates in the wrong variable")

    /// The cure for σ(1 − σ) losing the tails.
    static let sigmoidDerivativeTails =
        "1 − σ(x) cancels once σ(x) is close to 1, and is exactly 0 once σ(x) has rounded to 1 (from x ≈ 16.64 for σ computed as 1/(1 + e^−x) in Float); use the symmetry 1 − σ(x) = σ(−x): σ′(x) = σ(x)σ(−x) = e^−|x|/(1 + e^−|x|)², which subtracts nothing; why the tails are graded: 'Practice versus this kit's strictness' in Exercises/02-sigmoid/README.md (Hints 3 and 4 in Exercises/02-sigmoid/README.md)"
}
