import GradingSupport

import Testing

extension TanhGrading {
    /// tanh and tanh′ against the correctly rounded reference table, one check per region.
    @Suite("reference table")
    struct Reference {
        let grader = ActivationGrader(Tanh(), .tanh, hints: .tanh)

        @Test("tanh matches the reference at zero [1 pt]")
        func zero() { grader.checkRegion("zero") }

        @Test("tanh matches the reference on tiny inputs, where eˣ − e⁻ˣ cancels [2 pts]")
        func tiny() { grader.checkRegion("tiny") }

        @Test("tanh matches the reference on moderate inputs [2 pts]")
        func moderate() { grader.checkRegion("moderate") }

        @Test("tanh matches the reference in the tails [1 pt]")
        func tail() { grader.checkRegion("tail") }

        @Test("tanh matches the reference where eˣ overflows [2 pts]")
        func overflow() { grader.checkRegion("overflow") }

        /// The region checks accept 1 − tanh²'s absolute error in the tails; this one does not.
        @Test("tanh′ keeps its relative accuracy in the tails [1 pt]")
        func derivativeTails() {
            grader.checkDerivativeRelativeAccuracy(
                in: ["tail", "overflow"], tolerance: .tight, hint: Hints.tanhDerivativeTails)
        }
    }
}
