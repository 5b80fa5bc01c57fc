import GradingSupport

extension Hints {
    static let elu = Hints(
        value: [
            "zero": "ELU(0) = α(e⁰ − 1) = 0",
            "tiny": "for tiny negative x, eˣ − 1 cancels (eˣ rounds to 1 ± an ulp); use expm1(x), which computes eˣ − 1 accurately (Hint 2 in Exercises/06-elu/README.md)",
            "kink": "for tiny negative x, eˣ − 1 cancels; use expm1(x). For x > 0, ELU(x) = x exactly (Hint 2 in Exercises/06-elu/README.md)",
            "moderate": "ELU(x) = x for x > 0 and α(eˣ − 1) for x ≤ 0, with the stored α (default 1) (Hint 3 in Exercises/06-elu/README.md)",
            "tail": "for large negative x, α(eˣ − 1) approaches −α",
            "overflow": "for huge positive x, ELU(x) = x: make sure the negative branch's eˣ is never evaluated there (or never overflows into your result) (Hint 3 in Exercises/06-elu/README.md)",
        ],
        derivative: [
            "zero": "at the kink the kit uses the left derivative: ELU′(0) = αe⁰ = α: compare with x > 0 (Hint 3 in Exercises/06-elu/README.md)",
            "kink": "ELU′ is 1 for every x > 0 and αeˣ for x ≤ 0 (Hint 3 in Exercises/06-elu/README.md)",
        ],
        valueFallback: "ELU(x) = x for x > 0 and α·expm1(x) otherwise (Hints 2 and 3 in Exercises/06-elu/README.md)",
        derivativeFallback: "ELU′(x) = 1 for x > 0 and αeˣ for x ≤ 0, computed as alpha * exp(x), not as ELU(x) + α, which cancels to 0 in the tail (Hints 2 and 3 in Exercises/06-elu/README.md)")

    static let selu = Hints(
        value: [
            "zero": "SELU(0) = 0",
            "tiny": "for tiny negative x, eˣ − 1 cancels; use expm1(x) (Hint 2 in Exercises/06-elu/README.md)",
            "kink": "for tiny negative x, eˣ − 1 cancels; use expm1(x). For x > 0, SELU(x) = λx (Hints 2 and 4 in Exercises/06-elu/README.md)",
            "moderate": "SELU(x) = λx for x > 0 and λα(eˣ − 1) for x ≤ 0, with λ = 1.0507009873554804934 and α = 1.6732632423543772848: check both constants (Hint 4 in Exercises/06-elu/README.md)",
            "tail": "for large negative x, SELU approaches −λα ≈ −1.7581: check both constants",
            "overflow": "for huge positive x, SELU(x) = λx; for huge negative x, −λα (Hint 4 in Exercises/06-elu/README.md)",
        ],
        derivative: [
            "zero": "at the kink the kit uses the left derivative: SELU′(0) = λα ≈ 1.7581 (Hint 4 in Exercises/06-elu/README.md)",
            "kink": "SELU′ is λ for x > 0 and λαeˣ for x ≤ 0 (Hint 4 in Exercises/06-elu/README.md)",
        ],
        valueFallback: "SELU(x) = λ·ELU_α(x) with λ = 1.0507009873554804934 and α = 1.6732632423543772848 (Klambauer et al., 2017) (Hint 4 in Exercises/06-elu/README.md)",
        derivativeFallback: "SELU′(x) = λ for x > 0 and λαeˣ for x ≤ 0, from exp(x), not SELU(x) + λα (Hints 3 and 4 in Exercises/06-elu/README.md)")

    /// The cure for ELU(x) + α losing the left tail.
    static let eluDerivativeTails =
        "ELU(x) + α cancels once ELU(x) is close to −α (it is exactly 0 from x ≈ −17.33 with α = 1, where ELU′(−20) = 2.06·10⁻⁹); compute ELU′ as α·exp(x) for x ≤ 0 (Hints 2 and 3 in Exercises/06-elu/README.md)"

    /// The same for SELU(x) + λα.
    static let seluDerivativeTails =
        "SELU(x) + λα cancels once SELU(x) is close to −λα; compute SELU′ as λα·exp(x) for x ≤ 0 (Hints 2 and 3 in Exercises/06-elu/README.md)"

    static let seluConstants =
        "SELU's constants are λ = 1.0507009873554804934 and α = 1.6732632423543772848 (Klambauer et al., 2017); rounded values like 1.05 and 1.67 break self-normalisation"
}
