import GradingSupport

extension Hints {
    static let tanh = Hints(
        value: [
            "zero": "tanh(0) = 0",
            "tiny": "for tiny x, eˣ and e⁻ˣ are both ≈ 1 and eˣ − e⁻ˣ (or 2σ(2x) − 1) cancels to a few bits; use Foundation's tanh, or expm1: tanh x = −u/(u + 2) with u = expm1(−2x) for x ≥ 0 (Hint 2 in Exercises/03-tanh/README.md)",
            "moderate": "tanh(x) = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ); Foundation's tanh computes it accurately (Hint 2 in Exercises/03-tanh/README.md)",
            "tail": "for large |x|, tanh rounds to ±1; check both signs and that nothing overflows (Hint 2 in Exercises/03-tanh/README.md)",
            "overflow": "eˣ overflows Float above x ≈ 88.72, so (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ) becomes ∞/∞ = NaN where the answer is ±1; use Foundation's tanh, or a formula that only exponentiates −2|x| (Hints 1 and 2 in Exercises/03-tanh/README.md)",
            "special": "tanh(±∞) = ±1 and tanh′(±∞) = 0 (Hint 2 in Exercises/03-tanh/README.md)",
        ],
        derivative: [
            "zero": "tanh′(0) = sech²(0) = 1/cosh²(0) = 1",
            "overflow": "tanh′ must stay finite for huge |x|: compute it as sech² x = 1/cosh² x, not from a ratio of exponentials that becomes ∞/∞, and check what your form does past |x| ≈ 45.05, where cosh x · cosh x overflows, and at ±∞ (Hints 3 and 4 in Exercises/03-tanh/README.md)",
            "special": "tanh′(±∞) = 0 (Hint 3 in Exercises/03-tanh/README.md)",
        ],
        valueFallback: "tanh(x) = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ): use Foundation's tanh (Hint 2 in Exercises/03-tanh/README.md)",
        derivativeFallback: "tanh′(x) = sech²(x) = 1/cosh²(x) (= 1 − tanh²(x) in exact arithmetic): check you differentiated with respect to x, not wrote 1 − x² (Hint 3 in Exercises/03-tanh/README.md)")

    /// The cure for 1 − tanh² losing the tails.
    static let tanhDerivativeTails =
        "1 − tanh²(x) cancels once tanh(x) ≈ ±1 (it is exactly 0 from |x| ≈ 9.01); use sech²(x) = 1/cosh²(x), which subtracts nothing; why the tails are graded: 'Practice versus this kit's strictness' in Exercises/02-sigmoid/README.md (Hints 3 and 4 in Exercises/03-tanh/README.md)"
}
