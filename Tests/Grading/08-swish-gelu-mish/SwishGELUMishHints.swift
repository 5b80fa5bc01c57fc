import GradingSupport

extension Hints {
    static let swish = Hints(
        value: [
            "zero": "swish(0) = 0·σ(0) = 0",
            "moderate": "swish(x) = x·σ(βx) with the stored β (default 1)",
            "tail": "for large negative x, swish(x) = x·σ(x) is a tiny negative number, not 0: compute σ(βx) from e^−|βx| in both branches (1/(1 + e⁻ˣ) gives 0 once e⁻ˣ overflows) (Hint 2 in Exercises/08-swish-gelu-mish/README.md)",
            "overflow": "an exponential overflows beyond |x| ≈ 88.72: eˣ/(1 + eˣ) becomes ∞/∞ = NaN for large x, and 1/(1 + e⁻ˣ) becomes 0 for x < −88.72 although x·σ(x) is still a normal Float down to x ≈ −91.86 and non-zero down to −108.66; compute σ(βx) from e^−|βx| in both branches (Hint 2 in Exercises/08-swish-gelu-mish/README.md)",
            "special": "swish(+∞) = +∞ and swish(−∞) = 0, but x·σ(βx) at −∞ is −∞·0 = NaN: return the limits for infinite x explicitly; swish′(±∞) = 1 and 0 (Hints 1 and 5 in Exercises/08-swish-gelu-mish/README.md)",
        ],
        derivative: [
            "zero": "swish′(0) = σ(0) = 1/2",
            "moderate": "swish′(x) = σ(βx) + βx·σ′(βx) = σ(t)(1 + t·σ(−t)) with t = βx, by the product rule: both factors of x·σ(βx) depend on x (Hint 4 in Exercises/08-swish-gelu-mish/README.md)",
            "special": "swish′(+∞) = 1 and swish′(−∞) = 0; t·σ(−t) with t = βx is ∞·0 = NaN there, so handle infinite x (and infinite βx) explicitly (Hints 1 and 5 in Exercises/08-swish-gelu-mish/README.md)",
        ],
        valueFallback: "swish(x) = x·σ(βx), with a stable σ (Hint 2 in Exercises/08-swish-gelu-mish/README.md)",
        derivativeFallback: "swish′(x) = σ(t)(1 + t·σ(−t)) with t = βx: the product rule, and the chain rule's factor β (Hint 4 in Exercises/08-swish-gelu-mish/README.md)")

    // Swish's ∂f/∂β (`betaGradient`), by what its checks see.
    static let betaGradient =
        "∂f/∂β holds x fixed and differentiates through t = βx: ∂f/∂β = x·σ′(t)·x = x²·σ(t)·σ(−t), with two factors of x, one from f = x·σ(t) and one from ∂t/∂β = x (Hint 6 in Exercises/08-swish-gelu-mish/README.md)"
    static let betaGradientTail =
        "in the tails 1 − σ(βx) cancels: x²·σ(1 − σ) is 0.05% off at βx = 10, 17% at 15 and exactly 0 from βx ≈ 16.6, where ∂f/∂β = x²·e/(1 + e)² with e = e^−|βx| is still not 0: write σ(t)·σ(−t) as e/(1 + e)², with no subtraction (Hint 7 in Exercises/08-swish-gelu-mish/README.md)"
    static let betaGradientOverflow =
        "for |x| > 88: x·x overflows Float beyond |x| ≈ 1.8e19 (then ∞·0 = NaN where the answer is 0), and e^−|βx| turns subnormal past |βx| ≈ 87.3 and loses digits while x²·e^−|βx| is still a normal Float; compute in Double and round once, or square x·e^(−|βx|/2)/(1 + e^−|βx|) (Hint 8 in Exercises/08-swish-gelu-mish/README.md)"
    static let betaGradientSpecial =
        "∂f/∂β(±0) = 0; at x = ±∞ the limit is 0 (e^−|βx| beats x²), except for β = 0, where swish is x/2 and ∂f/∂β = x²/4 → +∞; return the limits for infinite x explicitly, and NaN for NaN (Hint 8 in Exercises/08-swish-gelu-mish/README.md)"
    static let betaGradientEven =
        "∂f/∂β = x²·σ(βx)·σ(−βx) is even in x: a result that changes sign with x has lost a factor of x, one that is right for one sign only has a formula that breaks on the other side (Hints 6 and 7 in Exercises/08-swish-gelu-mish/README.md)"

    static let gelu = Hints(
        value: [
            "zero": "gelu(0) = 0",
            "moderate": "gelu(x) = x·Φ(x) = (x/2)(1 + erf(x/√2)), the exact erf form (not the tanh approximation) (Hint 3 in Exercises/08-swish-gelu-mish/README.md)",
            "tail": "for negative x, 1 + erf(x/√2) cancels (erf → −1; it is exactly 0 from x ≈ −5.54) and gives 0 or garbage; use the complementary error function: Φ(x) = erfc(−x/√2)/2 (Hint 3 in Exercises/08-swish-gelu-mish/README.md)",
            "overflow": "for huge |x|, gelu(x) is x (x > 0) or 0 (x < 0): use Φ(x) = erfc(−x/√2)/2, which is finite everywhere (Hint 3 in Exercises/08-swish-gelu-mish/README.md)",
            "special": "gelu(+∞) = +∞ and gelu(−∞) = 0, but x·Φ(x) at −∞ is −∞·0 = NaN: return the limits for infinite x explicitly; gelu′(±∞) = 1 and 0 (Hint 1 in Exercises/08-swish-gelu-mish/README.md)",
        ],
        derivative: [
            "zero": "gelu′(0) = Φ(0) = 1/2",
            "tail": "gelu′(x) = Φ(x) + x·φ(x) with φ(x) = e^(−x²/2)/√(2π); for negative x compute Φ as erfc(−x/√2)/2, not (1 + erf)/2 (Hints 3 and 4 in Exercises/08-swish-gelu-mish/README.md)",
            "special": "gelu′(+∞) = 1 and gelu′(−∞) = 0; x·φ(x) is ∞·0 = NaN there, so handle infinite x explicitly (Hint 1 in Exercises/08-swish-gelu-mish/README.md)",
        ],
        valueFallback: "gelu(x) = x·Φ(x), Φ(x) = erfc(−x/√2)/2 (Hint 3 in Exercises/08-swish-gelu-mish/README.md)",
        derivativeFallback: "gelu′(x) = Φ(x) + x·φ(x), φ(x) = e^(−x²/2)/√(2π): the product rule (Hint 4 in Exercises/08-swish-gelu-mish/README.md)")

    static let mish = Hints(
        value: [
            "zero": "mish(0) = 0·tanh(log 2) = 0",
            "moderate": "mish(x) = x·tanh(softplus(x)) with softplus(x) = log(1 + eˣ)",
            "tail": "for large negative x, log(1 + eˣ) rounds to 0 and mish to 0 although it is ≈ x·eˣ: compute softplus as max(x, 0) + log1p(e^−|x|) (Hint 3 in Exercises/08-swish-gelu-mish/README.md)",
            "overflow": "eˣ overflows Float above x ≈ 88.72 (and e^(2x) or (1 + eˣ)² much earlier), making ∞/∞ = NaN; compute softplus stably and use tanh, never a ratio of big exponentials (Hints 2 and 3 in Exercises/08-swish-gelu-mish/README.md)",
            "special": "mish(+∞) = +∞ and mish(−∞) = 0, but x·tanh(softplus(x)) at −∞ is −∞·0 = NaN: return the limits for infinite x explicitly; mish′(±∞) = 1 and 0 (Hint 1 in Exercises/08-swish-gelu-mish/README.md)",
        ],
        derivative: [
            "zero": "mish′(0) = tanh(log 2) ≈ 0.6",
            "tail": "mish′ = tanh(sp) + x·sech²(sp)·σ(x) with sp = softplus(x): build it from a stable softplus and σ; closed forms with e^(3x) or e^(4x) overflow long before x = 88 (Hint 4 in Exercises/08-swish-gelu-mish/README.md)",
            "overflow": "mish′ = tanh(sp) + x·sech²(sp)·σ(x) with sp = softplus(x): closed forms with e^(3x) or e^(4x) overflow for x > 22; build it from a stable softplus and σ (Hint 4 in Exercises/08-swish-gelu-mish/README.md)",
            "special": "mish′(+∞) = 1 and mish′(−∞) = 0; handle infinite x explicitly (Hint 1 in Exercises/08-swish-gelu-mish/README.md)",
        ],
        valueFallback: "mish(x) = x·tanh(softplus(x)) (Hints 2 and 3 in Exercises/08-swish-gelu-mish/README.md)",
        derivativeFallback: "mish′(x) = tanh(sp) + x·sech²(sp)·σ(x) with sp = softplus(x) and sech² = 1/cosh²: the product rule and the chain rule (softplus′ = σ) (Hint 4 in Exercises/08-swish-gelu-mish/README.md)")
}
