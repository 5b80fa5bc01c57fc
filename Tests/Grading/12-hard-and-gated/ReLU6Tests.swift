import GradingSupport

import Testing

extension HardAndGatedGrading {
    /// ReLU6 against its reference table, region by region, its two kinks, and its behaviour.
    @Suite("relu6")
    struct ReLU6Checks {
        let grader = ActivationGrader(ReLU6(), .relu6, hints: .relu6)

        @Test("relu6 matches the reference at zero [1 pt]")
        func zero() { grader.checkRegion("zero") }

        @Test("relu6 matches the reference right next to 0 [1 pt]")
        func nearZero() { Check.run { grader.verifyRegions(["tiny", "kink"], into: &$0) } }

        @Test("relu6 matches the reference on moderate inputs [1 pt]")
        func moderate() { grader.checkRegion("moderate") }

        @Test("relu6 matches the reference at and right next to 6 [2 pts]")
        func corner() { grader.checkRegion("corner") }

        @Test("relu6 matches the reference on large and huge inputs [1 pt]")
        func large() { Check.run { grader.verifyRegions(["tail", "overflow"], into: &$0) } }

        @Test("relu6′(0) = 0 and relu6′(6) = 1, the left derivatives [2 pts]")
        func kinkConvention() {
            let six: Float = 6
            grader.checkOracle(at: [0, -0.0, six, six.nextUp, six.nextDown, .leastNonzeroMagnitude, -.leastNonzeroMagnitude],
                               valueHint: Hints.relu6.forValue(in: "corner"),
                               derivativeHint: "at a kink the kit takes the slope of the piece on its left: relu6′(0) = 0 (compare with x > 0) and relu6′(6) = 1 (compare with x <= 6) (Hint 2 in Exercises/12-hard-and-gated/README.md)")
        }

        @Test("relu6′ is the slope of your relu6 away from its kinks [1 pt]")
        func slope() { grader.checkSlope() }

        @Test("relu6 and relu6′ reach their limits at ±∞ [1 pt]")
        func limits() { grader.checkLimits() }

        @Test("relu6 and relu6′ propagate NaN [1 pt]")
        func nan() { grader.checkNaNPropagation() }

        @Test("relu6 matches an independent oracle at random points [1 pt]")
        func random() { grader.checkRandomPoints() }
    }
}
