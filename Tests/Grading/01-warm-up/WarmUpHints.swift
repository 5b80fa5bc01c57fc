import GradingSupport

extension Hints {
    static let identity = Hints(
        valueFallback: "the identity returns its input unchanged: f(x) = x, for every Float including ±∞",
        derivativeFallback: "the identity's slope is 1 everywhere, also at ±∞; only NaN gives NaN (Hint 2 in Exercises/01-warm-up/README.md)")

    static let binaryStep = Hints(
        value: [
            "zero": "the kit's step is 1 at x = 0 (and at −0, which equals 0): compare with x >= 0, not x > 0 (Hint 3 in Exercises/01-warm-up/README.md)",
            "kink": "just left of 0 the step is 0, at and right of 0 it is 1: compare with x >= 0 (Hint 3 in Exercises/01-warm-up/README.md)",
        ],
        valueFallback: "the binary step is 1 for x ≥ 0 and 0 for x < 0 (Hint 3 in Exercises/01-warm-up/README.md)",
        derivativeFallback: "the binary step is flat on both sides and the kit takes its derivative as 0 at the jump too: f′(x) = 0 for every non-NaN x (Hint 2 in Exercises/01-warm-up/README.md)")

    static let arctan = Hints(
        value: [
            "overflow": "atan(x) approaches ±π/2 ≈ ±1.57079637 for huge |x|: use Foundation's atan, which handles every Float (Hint 3 in Exercises/01-warm-up/README.md)",
        ],
        derivative: [
            "overflow": "1/(1 + x²) with x² overflowing to ∞ correctly gives 0; NaN here usually means ∞/∞ from a rewritten formula (Hint 3 in Exercises/01-warm-up/README.md)",
            "tail": "arctan′(x) = 1/(1 + x²): for large |x| it is about 1/x², small but not 0 (Hint 3 in Exercises/01-warm-up/README.md)",
        ],
        valueFallback: "arctan(x) = atan(x) (Foundation), with range (−π/2, π/2) (Hint 3 in Exercises/01-warm-up/README.md)",
        derivativeFallback: "arctan′(x) = 1/(1 + x²) (Hint 3 in Exercises/01-warm-up/README.md)")
}
