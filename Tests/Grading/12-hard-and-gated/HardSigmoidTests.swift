import GradingSupport

import Testing

extension HardAndGatedGrading {
    /// The hard sigmoid against its reference table, region by region, its kinks at ±3, which
    /// line it is, and its behaviour.
    @Suite("hard sigmoid")
    struct HardSigmoidChecks {
        let hardSigmoid = HardSigmoid()
        let grader = ActivationGrader(HardSigmoid(), .hardSigmoid, hints: .hardSigmoid)

        @Test("hardSigmoid matches the reference at zero [1 pt]")
        func zero() { grader.checkRegion("zero") }

        @Test("hardSigmoid matches the reference on tiny inputs [1 pt]")
        func tiny() { Check.run { grader.verifyRegions(["tiny", "kink"], into: &$0) } }

        @Test("hardSigmoid matches the reference on moderate inputs [1 pt]")
        func moderate() { grader.checkRegion("moderate") }

        /// Just right of −3 the value is tiny; x/6 + 1/2 loses it to cancellation.
        @Test("hardSigmoid matches the reference at and right next to ±3 [2 pts]")
        func corner() { grader.checkRegion("corner") }

        @Test("hardSigmoid matches the reference on large and huge inputs [1 pt]")
        func large() { Check.run { grader.verifyRegions(["tail", "overflow"], into: &$0) } }

        @Test("hardSigmoid′(−3) = 0 and hardSigmoid′(3) = 1/6, the left derivatives [2 pts]")
        func kinkConvention() {
            let three: Float = 3
            grader.checkOracle(at: [-three, three, (-three).nextUp, (-three).nextDown, three.nextUp, three.nextDown],
                               valueHint: Hints.hardSigmoid.forValue(in: "moderate"),
                               derivativeHint: "at a kink the kit takes the slope of the piece on its left: hardSigmoid′(−3) = 0 (the flat piece) and hardSigmoid′(3) = 1/6 (the sloped one), i.e. 1/6 exactly on (−3, 3] (Hint 2 in Exercises/12-hard-and-gated/README.md)")
        }

        @Test("hardSigmoid is relu6(x + 3)/6, not Keras 2's 0.2x + 0.5 [1 pt]")
        func notKeras() {
            grader.checkOracle(at: [-2.75, -2.5, -1, 1, 2.5, 2.75],
                               valueHint: "hardSigmoid is relu6(x + 3)/6 (PyTorch's Hardsigmoid, MobileNetV3): slope 1/6 and kinks at ±3; Keras 2's hard_sigmoid, 0.2x + 0.5 clipped at ±2.5, is a different function (Hint 1 in Exercises/12-hard-and-gated/README.md)",
                               derivativeHint: "hardSigmoid′ is 1/6 on (−3, 3], not 0.2 (Hint 1 in Exercises/12-hard-and-gated/README.md)")
        }

        @Test("hardSigmoid(x) + hardSigmoid(−x) = 1 [1 pt]")
        func symmetry() {
            Relation("hardSigmoid(x) + hardSigmoid(-x)", { Double(hardSigmoid($0)) + Double(hardSigmoid(-$0)) },
                     equals: "1", { _ in 1 }, allowed: { _ in Relation.rounding(scale: 1, ulps: 4) })
                .check(at: [0.125, 0.5, 1, 2, 2.9, 3, 4.5, 100, 3e38],
                       hint: "the line (x + 3)/6 is symmetric about (0, 1/2): clamp it to 0 below −3 and to 1 above 3 (Hint 1 in Exercises/12-hard-and-gated/README.md)")
        }

        @Test("hardSigmoid′ is the slope of your hardSigmoid away from ±3 [1 pt]")
        func slope() { grader.checkSlope() }

        @Test("hardSigmoid and hardSigmoid′ reach their limits at ±∞ [1 pt]")
        func limits() { grader.checkLimits() }

        @Test("hardSigmoid and hardSigmoid′ propagate NaN [1 pt]")
        func nan() { grader.checkNaNPropagation() }

        @Test("hardSigmoid matches an independent oracle at random points [1 pt]")
        func random() { grader.checkRandomPoints() }
    }
}
