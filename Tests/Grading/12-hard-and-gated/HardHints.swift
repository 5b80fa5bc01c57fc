import GradingSupport

/// The failure hints of the three piecewise functions. Each names the lesson hint (README,
/// "Hints") that helps with it.
extension Hints {
    static let relu6 = Hints(
        value: [
            "zero": "relu6(0) = 0 (Hint 1 in Exercises/12-hard-and-gated/README.md)",
            "kink": "relu6 is x for 0 < x ≤ 6, however tiny x is, and 0 for x ≤ 0 (Hint 1 in Exercises/12-hard-and-gated/README.md)",
            "moderate": "relu6(x) = min(max(0, x), 6): 0 for x ≤ 0, then x, then 6 from x = 6 on (Hint 1 in Exercises/12-hard-and-gated/README.md)",
            "corner": "relu6 is x up to 6 and exactly 6 above it, also one ulp either side of 6 (Hint 1 in Exercises/12-hard-and-gated/README.md)",
            "tail": "relu6 is 6 for every x ≥ 6, however large, and 0 for every x ≤ 0: the cap is the point of ReLU6 (Hint 1 in Exercises/12-hard-and-gated/README.md)",
            "overflow": "relu6 is 6 for every x ≥ 6, however large, and 0 for every x ≤ 0 (Hint 1 in Exercises/12-hard-and-gated/README.md)",
            "special": "relu6(+∞) = 6 and relu6(−∞) = 0, and relu6′(±∞) = 0 (Hint 5 in Exercises/12-hard-and-gated/README.md)",
        ],
        derivative: [
            "zero": "relu6′(0) = 0, the left derivative (the slope of the flat piece left of 0): compare with x > 0, not x >= 0 (Hint 2 in Exercises/12-hard-and-gated/README.md)",
            "kink": "relu6′ is 1 for every x > 0, however tiny, and 0 for x ≤ 0 (Hint 2 in Exercises/12-hard-and-gated/README.md)",
            "corner": "relu6′(6) = 1, the left derivative (the slope of the piece x), and 0 for every x > 6: the piece with slope 1 is (0, 6] (Hint 2 in Exercises/12-hard-and-gated/README.md)",
            "slope": "your relu6′ disagrees with the slope of your relu6: 1 where relu6(x) = x, 0 where it is constant (Hint 1 in Exercises/12-hard-and-gated/README.md)",
        ],
        valueFallback: "relu6(x) = min(max(0, x), 6) (Hint 1 in Exercises/12-hard-and-gated/README.md)",
        derivativeFallback: "relu6′ is 1 on (0, 6] and 0 elsewhere, the left derivative at both kinks (Hint 2 in Exercises/12-hard-and-gated/README.md)")

    static let hardSigmoid = Hints(
        value: [
            "zero": "hardSigmoid(0) = relu6(3)/6 = 1/2 (Hint 1 in Exercises/12-hard-and-gated/README.md)",
            "kink": "near 0, hardSigmoid(x) = (x + 3)/6 ≈ 1/2 + x/6 (Hint 1 in Exercises/12-hard-and-gated/README.md)",
            "tiny": "near 0, hardSigmoid(x) = (x + 3)/6 ≈ 1/2 + x/6 (Hint 1 in Exercises/12-hard-and-gated/README.md)",
            "moderate": "hardSigmoid(x) = relu6(x + 3)/6: 0 for x ≤ −3, (x + 3)/6 between, 1 for x ≥ 3, so slope 1/6 and kinks at ±3; if only inputs near −3 are off, keep x + 3 exact (Hints 1 and 3 in Exercises/12-hard-and-gated/README.md)",
            "corner": "just right of −3, hardSigmoid is tiny, and x/6 + 1/2 gets it as the difference of two numbers near 1/2, off by up to half of itself; compute (x + 3)/6, where x + 3 is exact (Hint 3 in Exercises/12-hard-and-gated/README.md)",
            "tail": "hardSigmoid is 0 for every x ≤ −3 and 1 for every x ≥ 3 (Hint 1 in Exercises/12-hard-and-gated/README.md)",
            "overflow": "hardSigmoid is 0 for every x ≤ −3 and 1 for every x ≥ 3, however large |x| (Hint 1 in Exercises/12-hard-and-gated/README.md)",
            "special": "hardSigmoid(+∞) = 1 and hardSigmoid(−∞) = 0, and hardSigmoid′(±∞) = 0 (Hint 5 in Exercises/12-hard-and-gated/README.md)",
        ],
        derivative: [
            "zero": "hardSigmoid′(0) = 1/6 (Hint 1 in Exercises/12-hard-and-gated/README.md)",
            "corner": "hardSigmoid′(−3) = 0 and hardSigmoid′(3) = 1/6: at a kink the kit takes the slope of the piece on its left, so the 1/6 piece is (−3, 3] (Hint 2 in Exercises/12-hard-and-gated/README.md)",
            "slope": "your hardSigmoid′ disagrees with the slope of your hardSigmoid: 1/6 where it rises, 0 where it is flat (Hint 1 in Exercises/12-hard-and-gated/README.md)",
        ],
        valueFallback: "hardSigmoid(x) = relu6(x + 3)/6 (Hint 1 in Exercises/12-hard-and-gated/README.md)",
        derivativeFallback: "hardSigmoid′ is 1/6 on (−3, 3] and 0 elsewhere (Hint 2 in Exercises/12-hard-and-gated/README.md)")

    static let hardSwish = Hints(
        value: [
            "zero": "hardSwish(0) = 0·relu6(3)/6 = 0 (Hint 1 in Exercises/12-hard-and-gated/README.md)",
            "kink": "near 0, hardSwish(x) = x(x + 3)/6 ≈ x/2, down to the smallest subnormals (Hint 1 in Exercises/12-hard-and-gated/README.md)",
            "tiny": "near 0, hardSwish(x) = x(x + 3)/6 ≈ x/2 (Hint 1 in Exercises/12-hard-and-gated/README.md)",
            "moderate": "hardSwish(x) = x·relu6(x + 3)/6: 0 for x ≤ −3, x(x + 3)/6 between, x for x ≥ 3; if only inputs near −3 are off, keep x + 3 exact (Hints 1 and 3 in Exercises/12-hard-and-gated/README.md)",
            "corner": "near −3 the factor x + 3 is tiny: compute it as x + 3, which is exact there, not through x/6 + 1/2 (Hint 3 in Exercises/12-hard-and-gated/README.md)",
            "dip": "hardSwish dips to its minimum −3/8 at x = −3/2: x(x + 3)/6 (Hint 1 in Exercises/12-hard-and-gated/README.md)",
            "tail": "hardSwish is 0 for every x ≤ −3 and x itself for every x ≥ 3 (Hint 1 in Exercises/12-hard-and-gated/README.md)",
            "overflow": "hardSwish is 0 for every x ≤ −3 and x for every x ≥ 3; x·(x + 3) overflows for huge x, so don't form it outside (−3, 3) (Hint 5 in Exercises/12-hard-and-gated/README.md)",
            "special": "hardSwish(+∞) = +∞ and hardSwish(−∞) = 0, but x·relu6(x + 3)/6 at −∞ is −∞·0 = NaN: let the x ≤ −3 branch return 0; hardSwish′(±∞) = 1 and 0 (Hint 5 in Exercises/12-hard-and-gated/README.md)",
        ],
        derivative: [
            "zero": "hardSwish′(0) = (2·0 + 3)/6 = 1/2 (Hint 4 in Exercises/12-hard-and-gated/README.md)",
            "corner": "hardSwish′(−3) = 0 and hardSwish′(3) = 3/2: the left derivatives; in between the slope (2x + 3)/6 runs from −1/2 to 3/2, and it is 1 above 3 (Hint 2 in Exercises/12-hard-and-gated/README.md)",
            "dip": "hardSwish′ changes sign at the minimum x = −3/2: (2x + 3)/6 (Hint 4 in Exercises/12-hard-and-gated/README.md)",
            "moderate": "hardSwish′ = hardSigmoid(x) + x·hardSigmoid′(x) by the product rule: (x + 3)/6 + x/6 = (2x + 3)/6 on (−3, 3] (Hint 4 in Exercises/12-hard-and-gated/README.md)",
            "slope": "your hardSwish′ disagrees with the slope of your hardSwish: both factors of x·hardSigmoid(x) depend on x, so use the product rule (Hint 4 in Exercises/12-hard-and-gated/README.md)",
        ],
        valueFallback: "hardSwish(x) = x·relu6(x + 3)/6 (Hint 1 in Exercises/12-hard-and-gated/README.md)",
        derivativeFallback: "hardSwish′ = 0 for x ≤ −3, (2x + 3)/6 on (−3, 3], 1 above (Hints 2 and 4 in Exercises/12-hard-and-gated/README.md)")
}
