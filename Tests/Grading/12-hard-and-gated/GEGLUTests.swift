import GradingSupport

import Testing

extension HardAndGatedGrading {
    /// GEGLU(a, b) = GELU(a) · b, GELU on the first input: its reference table by region of the gated input a, which input is
    /// which, both gradients against your own function, limits, NaN and unseen pairs.
    @Suite("geglu")
    struct GEGLUChecks {
        let grader = GatedGrader(GEGLU(), .geglu, hints: .geglu)

        @Test("geglu matches the reference where a = 0 [1 pt]")
        func zero() { grader.checkRegion("zero") }

        @Test("geglu matches the reference for tiny a [1 pt]")
        func tiny() { Check.run { grader.verifyRegions(["tiny", "kink"], into: &$0) } }

        @Test("geglu matches the reference on moderate inputs [2 pts]")
        func moderate() { grader.checkRegion("moderate") }

        @Test("geglu matches the reference in the tails of a [1 pt]")
        func tail() { grader.checkRegion("tail") }

        @Test("geglu matches the reference where e^|a| overflows [1 pt]")
        func overflow() { grader.checkRegion("overflow") }

        @Test("geglu applies GELU to the first input and multiplies by the second [1 pt]")
        func gateOrder() {
            grader.checkOracle(at: [(3, 0), (0, 3), (2, -1), (-1, 2), (0.5, 4), (4, 0.5)],
                               valueHint: "geglu(a, b) = GELU(a)·b: a goes through GELU and b is linear (Shazeer's order) (Hint 6 in Exercises/12-hard-and-gated/README.md)",
                               gradientHints: ("∂geglu/∂a = GELU′(a)·b: a is the input inside GELU (Hint 6 in Exercises/12-hard-and-gated/README.md)",
                                               "∂geglu/∂b = GELU(a): b is the linear input (Hint 6 in Exercises/12-hard-and-gated/README.md)"))
        }

        @Test("∂geglu/∂b is GELU(a) itself: your geglu(a, 1) [1 pt]")
        func linearPath() { grader.checkLinearPath() }

        @Test("∂geglu/∂a is the slope of your geglu as a varies [1 pt]")
        func slopeA() { grader.checkSlope(of: .a) }

        @Test("∂geglu/∂b is the slope of your geglu as b varies [1 pt]")
        func slopeB() { grader.checkSlope(of: .b) }

        @Test("geglu and its gradients reach their limits when one input is ±∞ [1 pt]")
        func limits() { grader.checkLimits() }

        @Test("geglu and its gradients propagate NaN from either input [1 pt]")
        func nan() { grader.checkNaNPropagation() }

        @Test("geglu matches an independent oracle at random points [1 pt]")
        func random() { grader.checkRandomPoints() }
    }
}
