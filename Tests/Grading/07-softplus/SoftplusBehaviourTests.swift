import GradingSupport

import Testing

extension SoftplusGrading {
    /// Slope consistency, limits, NaN and unseen inputs.
    @Suite("behaviour")
    struct Behaviour {
        let grader = ActivationGrader(Softplus(), .softplus, hints: .softplus)

        @Test("softplus′ is the slope of your softplus [2 pts]")
        func slope() { grader.checkSlope() }

        @Test("softplus and softplus′ reach their limits at ±∞ [1 pt]")
        func limits() { grader.checkLimits() }

        @Test("softplus and softplus′ propagate NaN [1 pt]")
        func nan() { grader.checkNaNPropagation() }

        @Test("softplus matches an independent oracle at random points [2 pts]")
        func random() { grader.checkRandomPoints() }
    }
}
