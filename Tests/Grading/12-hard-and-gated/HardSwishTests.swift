import GradingSupport

import Testing

extension HardAndGatedGrading {
    /// The hard swish against its reference table, region by region, its kinks at ±3, its dip,
    /// its relation to your hard sigmoid, and its behaviour.
    @Suite("hard swish")
    struct HardSwishChecks {
        let hardSwish = HardSwish()
        let hardSigmoid = HardSigmoid()
        let grader = ActivationGrader(HardSwish(), .hardSwish, hints: .hardSwish)

        @Test("hardSwish matches the reference at zero [1 pt]")
        func zero() { grader.checkRegion("zero") }

        @Test("hardSwish matches the reference on tiny inputs [1 pt]")
        func tiny() { Check.run { grader.verifyRegions(["tiny", "kink"], into: &$0) } }

        @Test("hardSwish matches the reference on moderate inputs [1 pt]")
        func moderate() { grader.checkRegion("moderate") }

        @Test("hardSwish matches the reference at and right next to ±3 [2 pts]")
        func corner() { grader.checkRegion("corner") }

        @Test("hardSwish dips to −3/8 at −3/2, where hardSwish′ changes sign [1 pt]")
        func dip() { grader.checkRegion("dip") }

        @Test("hardSwish matches the reference on large and huge inputs [1 pt]")
        func large() { Check.run { grader.verifyRegions(["tail", "overflow"], into: &$0) } }

        @Test("hardSwish′(−3) = 0 and hardSwish′(3) = 3/2, the left derivatives [2 pts]")
        func kinkConvention() {
            let three: Float = 3
            grader.checkOracle(at: [-three, three, (-three).nextUp, (-three).nextDown, three.nextUp, three.nextDown],
                               valueHint: Hints.hardSwish.forValue(in: "moderate"),
                               derivativeHint: "at a kink the kit takes the slope of the piece on its left: hardSwish′(−3) = 0 (the flat piece) and hardSwish′(3) = (2·3 + 3)/6 = 3/2 (the curved one), then 1 above 3 (Hint 2 in Exercises/12-hard-and-gated/README.md)")
        }

        @Test("hardSwish(x) = x · hardSigmoid(x) for your own two functions [1 pt]")
        func product() {
            Relation("hardSwish(x)", { Double(hardSwish($0)) },
                     equals: "x * hardSigmoid(x)", { Double($0) * Double(hardSigmoid($0)) },
                     allowed: { x in Relation.rounding(scale: Double(hardSwish(x)).magnitude, ulps: 8) })
                .check(at: [-40, -4, -3, -2.75, -1.5, -0.5, 0.25, 1, 2.5, 3, 4, 50],
                       hint: "hard swish is x times the hard sigmoid: Swish x·σ(x) with σ replaced by relu6(x + 3)/6 (Hint 1 in Exercises/12-hard-and-gated/README.md)")
        }

        @Test("hardSwish′ is the slope of your hardSwish away from ±3 [1 pt]")
        func slope() { grader.checkSlope() }

        @Test("hardSwish and hardSwish′ reach their limits at ±∞ [1 pt]")
        func limits() { grader.checkLimits() }

        @Test("hardSwish and hardSwish′ propagate NaN [1 pt]")
        func nan() { grader.checkNaNPropagation() }

        @Test("hardSwish matches an independent oracle at random points [1 pt]")
        func random() { grader.checkRandomPoints() }
    }
}
