import GradingSupport

import Testing

extension ReLUGrading {
    /// ReLU against the reference table, region by region, and its behaviour elsewhere.
    @Suite("reference table and behaviour")
    struct Checks {
        let relu = ReLU()
        let grader = ActivationGrader(ReLU(), .relu, hints: .relu)

        @Test("relu matches the reference at zero [1 pt]")
        func zero() { grader.checkRegion("zero") }

        @Test("relu matches the reference right next to the kink [1 pt]")
        func kink() { Check.run { grader.verifyRegions(["tiny", "kink"], into: &$0) } }

        @Test("relu matches the reference on moderate inputs [1 pt]")
        func moderate() { grader.checkRegion("moderate") }

        @Test("relu matches the reference on large and huge inputs [1 pt]")
        func large() { Check.run { grader.verifyRegions(["tail", "overflow"], into: &$0) } }

        @Test("relu′(0) = 0, the left derivative, and relu is continuous at 0 [2 pts]")
        func kinkConvention() {
            Check.run { check in
                grader.verifyOracle(at: [0, -0.0, .leastNonzeroMagnitude, -.leastNonzeroMagnitude],
                                    valueHint: Hints.relu.forValue(in: "kink"),
                                    derivativeHint: Hints.kink, into: &check)
            }
        }

        @Test("relu(x) − relu(−x) = x [1 pt]")
        func oddPart() {
            let inputs: [Float] = [.leastNonzeroMagnitude, .leastNormalMagnitude, 1e-20, 0.3, 1, 2.5, 1e3, 1e30, 3e38]
            Relation("relu(x) - relu(-x)", { Double(relu($0)) - Double(relu(-$0)) },
                     equals: "x", { Double($0) }, allowed: { _ in 0 })
                .check(at: inputs.flatMap { [$0, -$0] }, hint: Hints.relu.valueFallback)
        }

        @Test("relu′ is the slope of your relu away from 0 [1 pt]")
        func slope() { grader.checkSlope() }

        @Test("relu and relu′ reach their limits at ±∞ [1 pt]")
        func limits() { grader.checkLimits() }

        @Test("relu and relu′ propagate NaN [1 pt]")
        func nan() { grader.checkNaNPropagation() }

        @Test("relu matches an independent oracle at random points [1 pt]")
        func random() { grader.checkRandomPoints() }
    }
}
