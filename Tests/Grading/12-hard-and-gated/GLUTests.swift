import GradingSupport

import Testing

extension HardAndGatedGrading {
    /// GLU(a, b) = a · σ(b), the gate on the second input: its reference table by region of the gated input b, which input is
    /// which, both gradients against your own function, limits, NaN and unseen pairs.
    @Suite("glu")
    struct GLUChecks {
        let grader = GatedGrader(GLU(), .glu, hints: .glu)

        @Test("glu matches the reference where b = 0 [1 pt]")
        func zero() { grader.checkRegion("zero") }

        @Test("glu matches the reference for tiny b [1 pt]")
        func tiny() { Check.run { grader.verifyRegions(["tiny", "kink"], into: &$0) } }

        @Test("glu matches the reference on moderate inputs [2 pts]")
        func moderate() { grader.checkRegion("moderate") }

        @Test("glu matches the reference in the tails of b [1 pt]")
        func tail() { grader.checkRegion("tail") }

        @Test("glu matches the reference where e^|b| overflows [1 pt]")
        func overflow() { grader.checkRegion("overflow") }

        @Test("glu gates a with σ(b): σ is applied to the second input [1 pt]")
        func gateOrder() {
            grader.checkOracle(at: [(3, 0), (0, 3), (2, -1), (-1, 2), (0.5, 4), (4, 0.5)],
                               valueHint: "glu(a, b) = a·σ(b): a is the value and b the gate input, so glu(3, 0) = 1.5 and glu(0, 3) = 0, not the other way round (PyTorch's F.glu order) (Hint 6 in Exercises/12-hard-and-gated/README.md)",
                               gradientHints: ("∂glu/∂a = σ(b), the gate: a is the linear input (Hint 6 in Exercises/12-hard-and-gated/README.md)",
                                               "∂glu/∂b = a·σ′(b): b is the input inside σ (Hint 6 in Exercises/12-hard-and-gated/README.md)"))
        }

        @Test("∂glu/∂a is the gate σ(b) itself: your glu(1, b) [1 pt]")
        func linearPath() { grader.checkLinearPath() }

        @Test("∂glu/∂a is the slope of your glu as a varies [1 pt]")
        func slopeA() { grader.checkSlope(of: .a) }

        @Test("∂glu/∂b is the slope of your glu as b varies [1 pt]")
        func slopeB() { grader.checkSlope(of: .b) }

        @Test("glu and its gradients reach their limits when one input is ±∞ [1 pt]")
        func limits() { grader.checkLimits() }

        @Test("glu and its gradients propagate NaN from either input [1 pt]")
        func nan() { grader.checkNaNPropagation() }

        @Test("glu matches an independent oracle at random points [1 pt]")
        func random() { grader.checkRandomPoints() }
    }
}
