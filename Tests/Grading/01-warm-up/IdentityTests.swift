import GradingSupport

import Testing

extension WarmUpGrading {
    /// f(x) = x: nothing can go wrong numerically, so few points, but the conventions count.
    @Suite("identity")
    struct IdentityChecks {
        let grader = ActivationGrader(Identity(), .identity, hints: .identity)

        @Test("identity matches the reference at zero and on tiny inputs [1 pt]")
        func small() { Check.run { grader.verifyRegions(["zero", "tiny"], into: &$0) } }

        @Test("identity matches the reference on moderate inputs [1 pt]")
        func moderate() { grader.checkRegion("moderate") }

        @Test("identity matches the reference on huge inputs [1 pt]")
        func large() { Check.run { grader.verifyRegions(["tail", "overflow"], into: &$0) } }

        @Test("identity keeps ±∞, with slope 1 there [1 pt]")
        func limits() { grader.checkLimits() }

        @Test("identity and identity′ propagate NaN [1 pt]")
        func nan() { grader.checkNaNPropagation() }

        @Test("identity matches an independent oracle at random points [1 pt]")
        func random() { grader.checkRandomPoints() }
    }
}
