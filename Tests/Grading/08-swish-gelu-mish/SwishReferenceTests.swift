import GradingSupport

import Testing

extension SwishGELUMishGrading {
    /// swish and swish′ against the correctly rounded reference table, one check per region.
    @Suite("swish: reference table")
    struct SwishReference {
        let grader = ActivationGrader(Swish(), .swish, hints: .swish)

        @Test("swish matches the reference at zero [1 pt]")
        func zero() { grader.checkRegion("zero") }

        @Test("swish matches the reference on tiny inputs [1 pt]")
        func tiny() { grader.checkRegion("tiny") }

        @Test("swish matches the reference on moderate inputs [1 pt]")
        func moderate() { grader.checkRegion("moderate") }

        @Test("swish matches the reference in the tails [2 pts]")
        func tail() { grader.checkRegion("tail") }

        @Test("swish matches the reference where eˣ overflows [1 pt]")
        func overflow() { grader.checkRegion("overflow") }
    }
}
