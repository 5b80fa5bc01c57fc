import GradingSupport

import Testing

extension ELUGrading {
    /// ELU with its default α = 1 against the reference table, and with other α.
    @Suite("ELU")
    struct ELUChecks {
        let grader = ActivationGrader(ELU(), .elu, hints: .elu)

        @Test("elu matches the reference at zero [1 pt]")
        func zero() { grader.checkRegion("zero") }

        @Test("elu matches the reference on tiny inputs, where eˣ − 1 cancels [2 pts]")
        func tiny() { Check.run { grader.verifyRegions(["tiny", "kink"], into: &$0) } }

        @Test("elu matches the reference on moderate inputs [1 pt]")
        func moderate() { grader.checkRegion("moderate") }

        @Test("elu matches the reference on large and huge inputs [1 pt]")
        func large() { Check.run { grader.verifyRegions(["tail", "overflow"], into: &$0) } }

        /// The region checks accept ELU(x) + α's absolute error in the left tail; this one does not.
        @Test("elu′ keeps its relative accuracy in the tails [1 pt]")
        func derivativeTails() {
            grader.checkDerivativeRelativeAccuracy(in: ["tail", "overflow"], tolerance: .tight, hint: Hints.eluDerivativeTails)
        }

        @Test("ELU() uses the default α = 1 [1 pt]")
        func defaultAlpha() {
            grader.checkOracle(at: [-20, -2, -0.5, 0, 3],
                               valueHint: "the default α of ELU is 1 (init(alpha: Float = 1)), and callAsFunction must use self.alpha",
                               derivativeHint: "with α = 1, ELU′(x) = eˣ for x ≤ 0 (Hint 3 in Exercises/06-elu/README.md)")
        }

        @Test("ELU(alpha:) uses the α it is given, and elu′(0) = α [2 pts]")
        func otherAlpha() {
            Check.run { check in
                for alpha: Float in [0.5, 2] {
                    ActivationGrader(ELU(alpha: alpha), .elu(alpha: alpha), hints: .elu)
                        .verifyOracle(at: [-200, -5, -0.75, -1e-4, 0, -0.0, 0.5, 40],
                                      valueHint: "use the stored self.alpha: ELU(x) = α·expm1(x) for x ≤ 0 (Hints 2 and 3 in Exercises/06-elu/README.md)",
                                      derivativeHint: "ELU′(x) = αeˣ for x ≤ 0, so ELU′(0) = α (the left derivative) (Hint 3 in Exercises/06-elu/README.md)",
                                      into: &check)
                }
            }
        }

        @Test("elu′(x) = elu(x) + α for x ≤ 0 [1 pt]")
        func derivativeFromValue() {
            let elu = ELU(alpha: 2)
            Relation("elu′(x)", { Double(elu.derivative($0)) }, equals: "elu(x) + α", { Double(elu($0)) + 2 },
                     allowed: { _ in Relation.rounding(scale: 2) })
                .check(at: [-50, -8, -3, -1, -0.25, -1e-3, 0], hint: Hints.elu.derivativeFallback)
        }

        @Test("elu′ is the slope of your elu away from 0 [1 pt]")
        func slope() { grader.checkSlope() }

        @Test("elu and elu′ reach their limits at ±∞ [1 pt]")
        func limits() { grader.checkLimits() }

        @Test("elu and elu′ propagate NaN [1 pt]")
        func nan() { grader.checkNaNPropagation() }

        @Test("elu matches an independent oracle at random points [1 pt]")
        func random() { grader.checkRandomPoints() }
    }
}
