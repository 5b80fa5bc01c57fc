import GradingSupport

import Testing

extension SigmoidGrading {
    /// What every activation owes the kit: a derivative that fits the function, limits at ±∞,
    /// NaN propagation, and accuracy on inputs nobody has seen.
    @Suite("behaviour")
    struct Behaviour {
        let grader = ActivationGrader(Sigmoid(), .sigmoid, hints: .sigmoid)

        @Test("sigmoid′ is the slope of your sigmoid [2 pts]")
        func slope() { grader.checkSlope() }

        @Test("sigmoid and sigmoid′ reach their limits at ±∞ [1 pt]")
        func limits() { grader.checkLimits() }

        @Test("sigmoid and sigmoid′ propagate NaN [1 pt]")
        func nan() { grader.checkNaNPropagation() }

        @Test("sigmoid matches an independent oracle at random points [2 pts]")
        func random() { grader.checkRandomPoints() }
    }
}
