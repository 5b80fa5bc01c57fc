import GradingSupport

import Testing

extension TanhGrading {
    /// Slope consistency, limits, NaN and unseen inputs.
    @Suite("behaviour")
    struct Behaviour {
        let grader = ActivationGrader(Tanh(), .tanh, hints: .tanh)

        @Test("tanh′ is the slope of your tanh [2 pts]")
        func slope() { grader.checkSlope() }

        @Test("tanh and tanh′ reach their limits at ±∞ [1 pt]")
        func limits() { grader.checkLimits() }

        @Test("tanh and tanh′ propagate NaN [1 pt]")
        func nan() { grader.checkNaNPropagation() }

        @Test("tanh matches an independent oracle at random points [2 pts]")
        func random() { grader.checkRandomPoints() }
    }
}
