import GradingSupport

import Testing

extension SwishGELUMishGrading {
    /// Slope consistency, limits, NaN and unseen inputs.
    @Suite("swish: behaviour")
    struct SwishBehaviour {
        let grader = ActivationGrader(Swish(), .swish, hints: .swish)

        @Test("swish′ is the slope of your swish [1 pt]")
        func slope() { grader.checkSlope() }

        @Test("swish and swish′ reach their limits at ±∞ [1 pt]")
        func limits() { grader.checkLimits() }

        @Test("swish and swish′ propagate NaN [1 pt]")
        func nan() { grader.checkNaNPropagation() }

        @Test("swish matches an independent oracle at random points [1 pt]")
        func random() { grader.checkRandomPoints() }
    }
}
