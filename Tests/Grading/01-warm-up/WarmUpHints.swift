import GradingSupport

extension Hints {
    static let identity = Hints(
        valueFallback: "the identity returns its input unchanged: f(x) = x, for every Float including ±∞",
        derivativeFallback: "the identity's slope is 1 everywhere, also at ±∞ (only NaN gives NaN)")

    static let binaryStep = Hints(
        value: [
            "zero": "the kit's step is 1 at x = 0 (and at −0, which equals 0): compare with x >= 0, not x > 0",
            "kink": "just left of 0 the step is 0, at and right of 0 it is 1: compare with x >= 0",
        ],
        valueFallback: "the binary step is 1 for x ≥ 0 and 0 for x < 0",
        derivativeFallback: "the binary step is flat on both sides and the kit takes its derivative as 0 at the jump too: f′(x) = 0 for every non-NaN x")

    static let arctan = Hints(
        value: [
            "overflow": "atan(x) approaches ±π/2 ≈ ±1.57079637 for huge |x|: use Foundation's atan, which handles every Float",
        ],
        derivative: [
            "overflow": "1/(1 + x²) with x² overflowing to ∞ correctly gives 0; NaN here usually means ∞/∞ from a rewritten formula",
            "tail": "arctan′(x) = 1/(1 + x²): for large |x| it is about 1/x², small but not 0",
        ],
        valueFallback: "arctan(x) = atan(x) (Foundation), with range (−π/2, π/2)",
        derivativeFallback: "arctan′(x) = 1/(1 + x²)")
}
