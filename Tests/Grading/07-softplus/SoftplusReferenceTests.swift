import GradingSupport

import Testing

extension SoftplusGrading {
    /// softplus and softplus′ against the correctly rounded reference table, one check per region.
    @Suite("reference table")
    struct Reference {
        let grader = ActivationGrader(Softplus(), .softplus, hints: .softplus)

        @Test("softplus matches the reference at zero [1 pt]")
        func zero() { grader.checkRegion("zero") }

        @Test("softplus matches the reference on tiny inputs [1 pt]")
        func tiny() { grader.checkRegion("tiny") }

        @Test("softplus matches the reference on moderate inputs [2 pts]")
        func moderate() { grader.checkRegion("moderate") }

        @Test("softplus matches the reference in the tails, where log(1 + eˣ) rounds to 0 [2 pts]")
        func tail() { grader.checkRegion("tail") }

        @Test("softplus matches the reference where eˣ overflows [2 pts]")
        func overflow() { grader.checkRegion("overflow") }
    }
}
