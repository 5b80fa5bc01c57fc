import GradingSupport

import Testing

extension SigmoidGrading {
    /// σ and σ′ against the correctly rounded reference table, one check per region.
    @Suite("reference table")
    struct Reference {
        let grader = ActivationGrader(Sigmoid(), .sigmoid, hints: .sigmoid)

        @Test("sigmoid matches the reference at zero [1 pt]")
        func zero() { grader.checkRegion("zero") }

        @Test("sigmoid matches the reference on tiny inputs [1 pt]")
        func tiny() { grader.checkRegion("tiny") }

        @Test("sigmoid matches the reference on moderate inputs [2 pts]")
        func moderate() { grader.checkRegion("moderate") }

        @Test("sigmoid matches the reference in the tails [2 pts]")
        func tail() { grader.checkRegion("tail") }

        @Test("sigmoid matches the reference where eˣ overflows [2 pts]")
        func overflow() { grader.checkRegion("overflow") }

        /// The region checks accept σ(1 − σ)'s absolute error in the tails; this one does not.
        @Test("sigmoid′ keeps its relative accuracy in the tails [1 pt]")
        func derivativeTails() {
            grader.checkDerivativeRelativeAccuracy(
                in: ["tail", "overflow"], tolerance: .tight, hint: Hints.sigmoidDerivativeTails)
        }
    }
}
