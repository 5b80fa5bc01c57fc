import GradingSupport

import Testing

extension SwishGELUMishGrading {
    /// Slope consistency, limits, NaN and unseen inputs.
    @Suite("gelu: behaviour")
    struct GELUBehaviour {
        let grader = ActivationGrader(GELU(), .gelu, hints: .gelu)

        @Test("gelu′ is the slope of your gelu [1 pt]")
        func slope() { grader.checkSlope() }

        @Test("gelu and gelu′ reach their limits at ±∞ [1 pt]")
        func limits() { grader.checkLimits() }

        @Test("gelu and gelu′ propagate NaN [1 pt]")
        func nan() { grader.checkNaNPropagation() }

        @Test("gelu matches an independent oracle at random points [1 pt]")
        func random() { grader.checkRandomPoints() }
    }
}
