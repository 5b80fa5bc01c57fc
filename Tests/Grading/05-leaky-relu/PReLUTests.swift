import GradingSupport

import Testing

extension LeakyReLUGrading {
    /// PReLU with its default α = 0.25 against the reference table, and with other α.
    @Suite("PReLU")
    struct PReLUChecks {
        let grader = ActivationGrader(PReLU(), .prelu, hints: .prelu)

        @Test("prelu matches the reference at zero [1 pt]")
        func zero() { grader.checkRegion("zero") }

        @Test("prelu matches the reference right next to the kink [1 pt]")
        func kink() { Check.run { grader.verifyRegions(["tiny", "kink"], into: &$0) } }

        @Test("prelu matches the reference on moderate inputs [1 pt]")
        func moderate() { grader.checkRegion("moderate") }

        @Test("prelu matches the reference on large and huge inputs [1 pt]")
        func large() { Check.run { grader.verifyRegions(["tail", "overflow"], into: &$0) } }

        @Test("PReLU() uses the default slope α = 0.25 [1 pt]")
        func defaultAlpha() {
            grader.checkOracle(at: [-100, -3, -0.5, 2],
                               valueHint: "the default slope of PReLU is α = 0.25 (init(alpha: Float = 0.25)), and callAsFunction must use self.alpha",
                               derivativeHint: "with the default α = 0.25, prelu′(x) = 0.25 for x ≤ 0")
        }

        @Test("PReLU(alpha:) uses the slope it is given, also at the kink [1 pt]")
        func otherAlpha() {
            Check.run { check in
                // α > 1 too: max(αx, x) is PReLU only for α ≤ 1 (the lesson's warning).
                for alpha: Float in [0.1, 0.6, 1.5] {
                    ActivationGrader(PReLU(alpha: alpha), .prelu(alpha: alpha), hints: .prelu)
                        .verifyOracle(at: [-1e6, -7, -0.75, 0, -0.0, 0.5, 40],
                                      valueHint: "use the stored self.alpha, not a hard-coded 0.25",
                                      derivativeHint: "prelu′(x) = self.alpha for x ≤ 0 (including 0, the left derivative) (Hint 1 in Exercises/05-leaky-relu/README.md)",
                                      into: &check)
                }
            }
        }

        @Test("prelu′ is the slope of your prelu away from 0 [1 pt]")
        func slope() { grader.checkSlope() }

        @Test("prelu and prelu′ reach their limits at ±∞ [1 pt]")
        func limits() { grader.checkLimits() }

        @Test("prelu and prelu′ propagate NaN [1 pt]")
        func nan() { grader.checkNaNPropagation() }

        @Test("prelu matches an independent oracle at random points [1 pt]")
        func random() { grader.checkRandomPoints() }
    }
}
