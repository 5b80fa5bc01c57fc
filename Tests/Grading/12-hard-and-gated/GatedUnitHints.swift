import GradingSupport

/// The failure hints of the three gated units, per region of the gated input (b for GLU, a for
/// SwiGLU and GEGLU). Each names the lesson hint that helps with it.
extension GatedHints {
    static let glu = GatedHints(
        value: [
            "zero": "glu(a, 0) = a·σ(0) = a/2: σ is applied to the second input, b, and a is the value it lets through (Hint 6 in Exercises/12-hard-and-gated/README.md)",
            "moderate": "glu(a, b) = a·σ(b): the first input a is the value, the second b goes through σ (Hint 6 in Exercises/12-hard-and-gated/README.md)",
            "tail": "for large |b|, σ(b) is almost 1 or a tiny positive number: compute it from e^−|b| in both branches, as in lesson 02 (Hint 8 in Exercises/12-hard-and-gated/README.md)",
            "overflow": "e^−b overflows Float for b < −88.72, and eᵇ for b > 88.72: compute σ(b) from e^−|b| (Hint 8 in Exercises/12-hard-and-gated/README.md)",
            "special": "glu(a, +∞) = a, glu(a, −∞) = 0, glu(±∞, b) = ±∞: take each factor's limit (Hint 7 in Exercises/12-hard-and-gated/README.md)",
            "nan": "NaN in either input gives NaN in f and in both gradients; ∂f/∂a = σ(b) does not contain a, so test a.isNaN || b.isNaN first (Hint 7 in Exercises/12-hard-and-gated/README.md)",
        ],
        gradientA: [
            "linear": "∂glu/∂a = σ(b), the gate itself, which is your glu(1, b) (Hint 6 in Exercises/12-hard-and-gated/README.md)",
            "slope": "your ∂glu/∂a disagrees with the slope of your glu as a varies: glu is linear in a, with slope σ(b) (Hint 6 in Exercises/12-hard-and-gated/README.md)",
            "special": "∂glu/∂a = σ(b): σ(±∞) = 1 and 0, and ∂glu/∂a(±∞, b) = σ(b) (Hint 7 in Exercises/12-hard-and-gated/README.md)",
        ],
        gradientB: [
            "zero": "∂glu/∂b(a, 0) = a·σ′(0) = a/4 (Hint 6 in Exercises/12-hard-and-gated/README.md)",
            "tail": "for large |b|, σ′(b) ≈ e^−|b| is tiny but not 0: compute σ(b)σ(−b) from e^−|b| (Hint 8 in Exercises/12-hard-and-gated/README.md)",
            "overflow": "σ′(b) must not overflow for large |b|: compute it from e^−|b| (Hint 8 in Exercises/12-hard-and-gated/README.md)",
            "slope": "your ∂glu/∂b disagrees with the slope of your glu as b varies: ∂(a·σ(b))/∂b = a·σ′(b) = a·σ(b)σ(−b) (Hint 6 in Exercises/12-hard-and-gated/README.md)",
            "special": "∂glu/∂b(a, ±∞) = a·σ′(±∞) = 0, and ∂glu/∂b(±∞, b) = ±∞ since σ′(b) > 0 (Hint 7 in Exercises/12-hard-and-gated/README.md)",
        ],
        valueFallback: "glu(a, b) = a·σ(b), with a stable σ (Hint 6 in Exercises/12-hard-and-gated/README.md)",
        gradientAFallback: "∂glu/∂a = σ(b): a enters linearly (Hint 6 in Exercises/12-hard-and-gated/README.md)",
        gradientBFallback: "∂glu/∂b = a·σ′(b) = a·σ(b)σ(−b) (Hint 6 in Exercises/12-hard-and-gated/README.md)")

    static let swiglu = GatedHints(
        value: [
            "zero": "swiglu(0, b) = Swish(0)·b = 0: Swish is applied to the first input, a, and b is linear (Hint 6 in Exercises/12-hard-and-gated/README.md)",
            "kink": "for tiny a, Swish(a) ≈ a/2, so swiglu(a, b) ≈ a·b/2 (Hint 6 in Exercises/12-hard-and-gated/README.md)",
            "tiny": "for tiny a, Swish(a) ≈ a/2, so swiglu(a, b) ≈ a·b/2 (Hint 6 in Exercises/12-hard-and-gated/README.md)",
            "moderate": "swiglu(a, b) = Swish(a)·b = a·σ(a)·b: the first input goes through Swish (β = 1), the second is linear (Hint 6 in Exercises/12-hard-and-gated/README.md)",
            "tail": "for large negative a, Swish(a) = a·σ(a) is a tiny negative number, not 0: compute σ(a) from e^−|a| in both branches (Hint 8 in Exercises/12-hard-and-gated/README.md)",
            "overflow": "an exponential overflows beyond |a| ≈ 88.72: compute σ(a) from e^−|a| in both branches (Hint 8 in Exercises/12-hard-and-gated/README.md)",
            "special": "swiglu(+∞, b) = ±∞ (the sign of b) and swiglu(−∞, b) = 0, where a·σ(a) is −∞·0 = NaN unless you return Swish's limits; swiglu(a, ±∞) = ±∞ (Hint 7 in Exercises/12-hard-and-gated/README.md)",
            "nan": "NaN in either input gives NaN in f and in both gradients; ∂f/∂b = Swish(a) does not contain b, so test a.isNaN || b.isNaN first (Hint 7 in Exercises/12-hard-and-gated/README.md)",
        ],
        gradientA: [
            "zero": "∂swiglu/∂a(0, b) = Swish′(0)·b = b/2 (Hint 6 in Exercises/12-hard-and-gated/README.md)",
            "moderate": "∂swiglu/∂a = Swish′(a)·b = (σ(a) + a·σ(a)σ(−a))·b: the product rule inside Swish, then the factor b (Hint 6 in Exercises/12-hard-and-gated/README.md)",
            "slope": "your ∂swiglu/∂a disagrees with the slope of your swiglu as a varies: Swish′(a)·b, where Swish′ needs the product rule, σ(a) + a·σ′(a) (Hint 6 in Exercises/12-hard-and-gated/README.md)",
            "special": "∂swiglu/∂a(+∞, b) = Swish′(+∞)·b = b, ∂swiglu/∂a(−∞, b) = 0, ∂swiglu/∂a(a, ±∞) = ±∞ (Hint 7 in Exercises/12-hard-and-gated/README.md)",
        ],
        gradientB: [
            "linear": "∂swiglu/∂b = Swish(a), which is your swiglu(a, 1) (Hint 6 in Exercises/12-hard-and-gated/README.md)",
            "slope": "your ∂swiglu/∂b disagrees with the slope of your swiglu as b varies: swiglu is linear in b, with slope Swish(a) (Hint 6 in Exercises/12-hard-and-gated/README.md)",
            "special": "∂swiglu/∂b = Swish(a): +∞ at a = +∞, 0 at a = −∞ (Hint 7 in Exercises/12-hard-and-gated/README.md)",
        ],
        valueFallback: "swiglu(a, b) = Swish(a)·b with Swish(a) = a·σ(a) (Hint 6 in Exercises/12-hard-and-gated/README.md)",
        gradientAFallback: "∂swiglu/∂a = Swish′(a)·b = (σ(a) + a·σ(a)σ(−a))·b (Hint 6 in Exercises/12-hard-and-gated/README.md)",
        gradientBFallback: "∂swiglu/∂b = Swish(a): b enters linearly (Hint 6 in Exercises/12-hard-and-gated/README.md)")

    static let geglu = GatedHints(
        value: [
            "zero": "geglu(0, b) = GELU(0)·b = 0: GELU is applied to the first input, a, and b is linear (Hint 6 in Exercises/12-hard-and-gated/README.md)",
            "kink": "for tiny a, GELU(a) ≈ a/2, so geglu(a, b) ≈ a·b/2 (Hint 6 in Exercises/12-hard-and-gated/README.md)",
            "tiny": "for tiny a, GELU(a) ≈ a/2, so geglu(a, b) ≈ a·b/2 (Hint 6 in Exercises/12-hard-and-gated/README.md)",
            "moderate": "geglu(a, b) = GELU(a)·b with the exact GELU(a) = a·Φ(a), Φ(a) = erfc(−a/√2)/2 (not the tanh approximation) (Hint 6 in Exercises/12-hard-and-gated/README.md)",
            "tail": "for negative a, 1 + erf(a/√2) cancels and gives 0 or garbage: Φ(a) = erfc(−a/√2)/2 (Hint 8 in Exercises/12-hard-and-gated/README.md)",
            "overflow": "for huge |a|, GELU(a) is a (a > 0) or 0 (a < 0): Φ via erfc is finite everywhere (Hint 8 in Exercises/12-hard-and-gated/README.md)",
            "special": "geglu(+∞, b) = ±∞ (the sign of b) and geglu(−∞, b) = 0, where a·Φ(a) is −∞·0 = NaN unless you return GELU's limits; geglu(a, ±∞) = ±∞ (Hint 7 in Exercises/12-hard-and-gated/README.md)",
            "nan": "NaN in either input gives NaN in f and in both gradients; ∂f/∂b = GELU(a) does not contain b, so test a.isNaN || b.isNaN first (Hint 7 in Exercises/12-hard-and-gated/README.md)",
        ],
        gradientA: [
            "zero": "∂geglu/∂a(0, b) = GELU′(0)·b = b/2 (Hint 6 in Exercises/12-hard-and-gated/README.md)",
            "moderate": "∂geglu/∂a = GELU′(a)·b = (Φ(a) + a·φ(a))·b with φ(a) = e^(−a²/2)/√(2π) (Hint 6 in Exercises/12-hard-and-gated/README.md)",
            "tail": "∂geglu/∂a = (Φ(a) + a·φ(a))·b: for negative a compute Φ as erfc(−a/√2)/2, not (1 + erf)/2 (Hint 8 in Exercises/12-hard-and-gated/README.md)",
            "slope": "your ∂geglu/∂a disagrees with the slope of your geglu as a varies: GELU′(a)·b, where GELU′ = Φ(a) + a·φ(a) by the product rule (Hint 6 in Exercises/12-hard-and-gated/README.md)",
            "special": "∂geglu/∂a(+∞, b) = GELU′(+∞)·b = b, ∂geglu/∂a(−∞, b) = 0, ∂geglu/∂a(a, ±∞) = ±∞ (Hint 7 in Exercises/12-hard-and-gated/README.md)",
        ],
        gradientB: [
            "linear": "∂geglu/∂b = GELU(a), which is your geglu(a, 1) (Hint 6 in Exercises/12-hard-and-gated/README.md)",
            "tail": "∂geglu/∂b = GELU(a) = a·Φ(a) with Φ(a) = erfc(−a/√2)/2 (Hint 8 in Exercises/12-hard-and-gated/README.md)",
            "slope": "your ∂geglu/∂b disagrees with the slope of your geglu as b varies: geglu is linear in b, with slope GELU(a) (Hint 6 in Exercises/12-hard-and-gated/README.md)",
            "special": "∂geglu/∂b = GELU(a): +∞ at a = +∞, 0 at a = −∞ (Hint 7 in Exercises/12-hard-and-gated/README.md)",
        ],
        valueFallback: "geglu(a, b) = GELU(a)·b, GELU(a) = a·Φ(a), Φ(a) = erfc(−a/√2)/2 (Hint 6 in Exercises/12-hard-and-gated/README.md)",
        gradientAFallback: "∂geglu/∂a = GELU′(a)·b = (Φ(a) + a·φ(a))·b (Hint 6 in Exercises/12-hard-and-gated/README.md)",
        gradientBFallback: "∂geglu/∂b = GELU(a): b enters linearly (Hint 6 in Exercises/12-hard-and-gated/README.md)")
}
