import GradingSupport

import Testing

extension SwishGELUMishGrading {
    /// gelu and gelu′ against the correctly rounded reference table, one check per region.
    @Suite("gelu: reference table")
    struct GELUReference {
        let grader = ActivationGrader(GELU(), .gelu, hints: .gelu)

        @Test("gelu matches the reference at zero [1 pt]")
        func zero() { grader.checkRegion("zero") }

        @Test("gelu matches the reference on tiny inputs [1 pt]")
        func tiny() { grader.checkRegion("tiny") }

        @Test("gelu matches the reference on moderate inputs [1 pt]")
        func moderate() { grader.checkRegion("moderate") }

        @Test("gelu matches the reference in the tails [2 pts]")
        func tail() { grader.checkRegion("tail") }

        @Test("gelu matches the reference where eˣ overflows [1 pt]")
        func overflow() { grader.checkRegion("overflow") }
    }
}
