import GradingSupport

import Testing

extension SwishGELUMishGrading {
    /// mish and mish′ against the correctly rounded reference table, one check per region.
    @Suite("mish: reference table")
    struct MishReference {
        let grader = ActivationGrader(Mish(), .mish, hints: .mish)

        @Test("mish matches the reference at zero [1 pt]")
        func zero() { grader.checkRegion("zero") }

        @Test("mish matches the reference on tiny inputs [1 pt]")
        func tiny() { grader.checkRegion("tiny") }

        @Test("mish matches the reference on moderate inputs [1 pt]")
        func moderate() { grader.checkRegion("moderate") }

        @Test("mish matches the reference in the tails [2 pts]")
        func tail() { grader.checkRegion("tail") }

        @Test("mish matches the reference where eˣ overflows [1 pt]")
        func overflow() { grader.checkRegion("overflow") }
    }
}
