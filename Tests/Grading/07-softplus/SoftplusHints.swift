import GradingSupport

extension Hints {
    static let softplus = Hints(
        value: [
            "zero": "softplus(0) = log(1 + e⁰) = log 2 ≈ 0.693147182",
            "tiny": "near 0, softplus(x) ≈ log 2 + x/2",
            "moderate": "softplus(x) = log(1 + eˣ); for negative x, 1 + eˣ rounds away eˣ's digits, so use log1p(eˣ) (Hint 2 in Exercises/07-softplus/README.md)",
            "tail": "for large negative x, 1 + eˣ rounds to 1 and log(1 + eˣ) to 0 although softplus(x) ≈ eˣ > 0: use log1p(eˣ); for large positive x, softplus(x) ≈ x (Hints 2 and 3 in Exercises/07-softplus/README.md)",
            "overflow": "eˣ overflows Float above x ≈ 88.72, so log(1 + eˣ) becomes ∞ where the answer is ≈ x; use the stable form max(x, 0) + log1p(e^−|x|), which only exponentiates a non-positive number (Hints 3 and 4 in Exercises/07-softplus/README.md)",
            "special": "softplus(+∞) = +∞ and softplus(−∞) = 0; softplus′(±∞) = 1 and 0",
        ],
        derivative: [
            "zero": "softplus′(0) = σ(0) = 1/2",
            "overflow": "softplus′ = σ must not overflow: compute it as σ(x) from e^−|x| (1/(1 + e^−x) for x ≥ 0, eˣ/(1 + eˣ) for x < 0) (Hint 4 in Exercises/07-softplus/README.md)",
        ],
        valueFallback: "softplus(x) = log(1 + eˣ), computed stably as max(x, 0) + log1p(e^−|x|) (Hints 3 and 4 in Exercises/07-softplus/README.md)",
        derivativeFallback: "softplus′(x) = eˣ/(1 + eˣ) = σ(x), the logistic sigmoid (Hint 4 in Exercises/07-softplus/README.md)")
}
