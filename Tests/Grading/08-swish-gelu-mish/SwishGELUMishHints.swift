import GradingSupport

extension Hints {
    static let swish = Hints(
        value: [
            "zero": "swish(0) = 0·σ(0) = 0",
            "moderate": "swish(x) = x·σ(βx) with the stored β (default 1)",
            "tail": "for large negative x, swish(x) = x·σ(x) is a tiny negative number, not 0: compute σ(βx) from e^−|βx| in both branches (1/(1 + e⁻ˣ) gives 0 once e⁻ˣ overflows)",
            "overflow": "an exponential overflows beyond |x| ≈ 88.72: eˣ/(1 + eˣ) becomes ∞/∞ = NaN for large x, and 1/(1 + e⁻ˣ) becomes 0 for x < −88.72 although x·σ(x) is still a normal Float down to x ≈ −95; compute σ(βx) from e^−|βx| in both branches",
            "special": "swish(+∞) = +∞ and swish(−∞) = 0, but x·σ(βx) at −∞ is −∞·0 = NaN: return the limits for infinite x explicitly; swish′(±∞) = 1 and 0",
        ],
        derivative: [
            "zero": "swish′(0) = σ(0) = 1/2",
            "moderate": "swish′(x) = σ(βx) + βx·σ(βx)(1 − σ(βx)) by the product rule: both factors of x·σ(βx) depend on x",
            "special": "swish′(+∞) = 1 and swish′(−∞) = 0; βx·σ(βx)(1 − σ(βx)) is ∞·0 = NaN there, so handle infinite x explicitly",
        ],
        valueFallback: "swish(x) = x·σ(βx), with a stable σ",
        derivativeFallback: "swish′(x) = σ(βx) + βx·σ(βx)(1 − σ(βx)): the product rule, and the chain rule's factor β")

    static let gelu = Hints(
        value: [
            "zero": "gelu(0) = 0",
            "moderate": "gelu(x) = x·Φ(x) = (x/2)(1 + erf(x/√2)), the exact erf form (not the tanh approximation)",
            "tail": "for negative x, 1 + erf(x/√2) cancels (erf → −1) and gives 0 or garbage; use the complementary error function: Φ(x) = erfc(−x/√2)/2",
            "overflow": "for huge |x|, gelu(x) is x (x > 0) or 0 (x < 0): use Φ(x) = erfc(−x/√2)/2, which is finite everywhere",
            "special": "gelu(+∞) = +∞ and gelu(−∞) = 0, but x·Φ(x) at −∞ is −∞·0 = NaN: return the limits for infinite x explicitly; gelu′(±∞) = 1 and 0",
        ],
        derivative: [
            "zero": "gelu′(0) = Φ(0) = 1/2",
            "tail": "gelu′(x) = Φ(x) + x·φ(x) with φ(x) = e^(−x²/2)/√(2π); for negative x compute Φ as erfc(−x/√2)/2, not (1 + erf)/2",
            "special": "gelu′(+∞) = 1 and gelu′(−∞) = 0; x·φ(x) is ∞·0 = NaN there, so handle infinite x explicitly",
        ],
        valueFallback: "gelu(x) = x·Φ(x), Φ(x) = erfc(−x/√2)/2",
        derivativeFallback: "gelu′(x) = Φ(x) + x·φ(x), φ(x) = e^(−x²/2)/√(2π): the product rule")

    static let mish = Hints(
        value: [
            "zero": "mish(0) = 0·tanh(log 2) = 0",
            "moderate": "mish(x) = x·tanh(softplus(x)) with softplus(x) = log(1 + eˣ)",
            "tail": "for large negative x, log(1 + eˣ) rounds to 0 and mish to 0 although it is ≈ x·eˣ: compute softplus as max(x, 0) + log1p(e^−|x|)",
            "overflow": "eˣ overflows Float above x ≈ 88.72 (and e^(2x) or (1 + eˣ)² much earlier), making ∞/∞ = NaN; compute softplus stably and use tanh, never a ratio of big exponentials",
            "special": "mish(+∞) = +∞ and mish(−∞) = 0, but x·tanh(softplus(x)) at −∞ is −∞·0 = NaN: return the limits for infinite x explicitly; mish′(±∞) = 1 and 0",
        ],
        derivative: [
            "zero": "mish′(0) = tanh(log 2) ≈ 0.6",
            "tail": "mish′ = tanh(sp) + x·sech²(sp)·σ(x) with sp = softplus(x): build it from a stable softplus and σ; closed forms with e^(3x) or e^(4x) overflow long before x = 88",
            "overflow": "mish′ = tanh(sp) + x·sech²(sp)·σ(x) with sp = softplus(x): closed forms with e^(3x) or e^(4x) overflow for x > 22; build it from a stable softplus and σ",
            "special": "mish′(+∞) = 1 and mish′(−∞) = 0; handle infinite x explicitly",
        ],
        valueFallback: "mish(x) = x·tanh(softplus(x))",
        derivativeFallback: "mish′(x) = tanh(sp) + x·(1 − tanh²(sp))·σ(x) with sp = softplus(x): the product rule and the chain rule (softplus′ = σ)")
}
