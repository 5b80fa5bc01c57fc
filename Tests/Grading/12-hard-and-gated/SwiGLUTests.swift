import GradingSupport

import Testing

extension HardAndGatedGrading {
    /// SwiGLU(a, b) = Swish(a) · b, Swish on the first input: its reference table by region of the gated input a, which input is
    /// which, both gradients against your own function, limits, NaN and unseen pairs.
    @Suite("swiglu")
    struct SwiGLUChecks {
        let grader = GatedGrader(SwiGLU(), .swiglu, hints: .swiglu)

        @Test("swiglu matches the reference where a = 0 [1 pt]")
        func zero() { grader.checkRegion("zero") }

        @Test("swiglu matches the reference for tiny a [1 pt]")
        func tiny() { Check.run { grader.verifyRegions(["tiny", "kink"], into: &$0) } }

        @Test("swiglu matches the reference on moderate inputs [2 pts]")
        func moderate() { grader.checkRegion("moderate") }

        @Test("swiglu matches the reference in the tails of a [1 pt]")
        func tail() { grader.checkRegion("tail") }

        @Test("swiglu matches the reference where e^|a| overflows [1 pt]")
        func overflow() { grader.checkRegion("overflow") }

        @Test("swiglu applies Swish to the first input and multiplies by the second [1 pt]")
        func gateOrder() {
            grader.checkOracle(at: [(3, 0), (0, 3), (2, -1), (-1, 2), (0.5, 4), (4, 0.5)],
                               valueHint: "swiglu(a, b) = Swish(a)·b: a goes through Swish and b is linear, so swiglu(3, 0) = 0 and swiglu(0, 3) = 0 but swiglu(2, -1) = −Swish(2) (Shazeer's and LLaMA's order) (Hint 6 in Exercises/12-hard-and-gated/README.md)",
                               gradientHints: ("∂swiglu/∂a = Swish′(a)·b: a is the input inside Swish (Hint 6 in Exercises/12-hard-and-gated/README.md)",
                                               "∂swiglu/∂b = Swish(a): b is the linear input (Hint 6 in Exercises/12-hard-and-gated/README.md)"))
        }

        @Test("∂swiglu/∂b is Swish(a) itself: your swiglu(a, 1) [1 pt]")
        func linearPath() { grader.checkLinearPath() }

        @Test("∂swiglu/∂a is the slope of your swiglu as a varies [1 pt]")
        func slopeA() { grader.checkSlope(of: .a) }

        @Test("∂swiglu/∂b is the slope of your swiglu as b varies [1 pt]")
        func slopeB() { grader.checkSlope(of: .b) }

        @Test("swiglu and its gradients reach their limits when one input is ±∞ [1 pt]")
        func limits() { grader.checkLimits() }

        @Test("swiglu and its gradients propagate NaN from either input [1 pt]")
        func nan() { grader.checkNaNPropagation() }

        @Test("swiglu matches an independent oracle at random points [1 pt]")
        func random() { grader.checkRandomPoints() }
    }
}
