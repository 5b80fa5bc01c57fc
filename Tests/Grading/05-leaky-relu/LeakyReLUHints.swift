import GradingSupport

extension Hints {
    /// Shared by LeakyReLU and PReLU, which differ only in how α is chosen.
    static func leaky(_ name: String, defaultAlpha: String) -> Hints {
        Hints(
            value: [
                "zero": "\(name)(0) = α·0 = 0",
                "kink": "\(name) is x for x > 0 and αx for x ≤ 0, down to the smallest subnormals on either side of 0 (Hint 1 in Exercises/05-leaky-relu/README.md)",
                "moderate": "\(name)(x) = x for x > 0 and αx for x ≤ 0, using the stored α (default \(defaultAlpha)), not a constant",
                "overflow": "αx for huge negative x is a large negative number, not 0 and not NaN",
            ],
            derivative: [
                "zero": "at the kink the kit uses the left derivative: \(name)′(0) = α: compare with x > 0, not x >= 0 (Hint 1 in Exercises/05-leaky-relu/README.md)",
                "kink": "\(name)′ is 1 for every x > 0, however tiny, and α for x ≤ 0 (Hint 1 in Exercises/05-leaky-relu/README.md)",
            ],
            valueFallback: "\(name)(x) = x for x > 0 and αx otherwise, with the stored α (default \(defaultAlpha)) (Hint 1 in Exercises/05-leaky-relu/README.md)",
            derivativeFallback: "\(name)′(x) = 1 for x > 0 and α otherwise, α at 0 too (Hint 1 in Exercises/05-leaky-relu/README.md)")
    }

    static let leakyReLU = leaky("leakyReLU", defaultAlpha: "0.01")
    static let prelu = leaky("prelu", defaultAlpha: "0.25")

    static let alphaGradient =
        "∂f/∂α is the slope with respect to α, not x: f = αx for x ≤ 0 gives ∂f/∂α = x there, and f = x for x > 0 gives 0 (Hint 2 in Exercises/05-leaky-relu/README.md)"
}
