import GradingSupport

import Testing

extension SwishGELUMishGrading {
    /// Slope consistency, limits, NaN and unseen inputs.
    @Suite("mish: behaviour")
    struct MishBehaviour {
        let grader = ActivationGrader(Mish(), .mish, hints: .mish)

        @Test("mish′ is the slope of your mish [1 pt]")
        func slope() { grader.checkSlope() }

        @Test("mish and mish′ reach their limits at ±∞ [1 pt]")
        func limits() { grader.checkLimits() }

        @Test("mish and mish′ propagate NaN [1 pt]")
        func nan() { grader.checkNaNPropagation() }

        @Test("mish matches an independent oracle at random points [1 pt]")
        func random() { grader.checkRandomPoints() }
    }
}
