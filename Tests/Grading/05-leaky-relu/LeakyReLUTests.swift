import GradingSupport

import Testing

extension LeakyReLUGrading {
    /// LeakyReLU with its default α = 0.01 against the reference table, and with other α.
    @Suite("leaky ReLU")
    struct LeakyReLUChecks {
        let grader = ActivationGrader(LeakyReLU(), .leakyReLU, hints: .leakyReLU)

        @Test("leakyReLU matches the reference at zero [1 pt]")
        func zero() { grader.checkRegion("zero") }

        @Test("leakyReLU matches the reference right next to the kink [1 pt]")
        func kink() { Check.run { grader.verifyRegions(["tiny", "kink"], into: &$0) } }

        @Test("leakyReLU matches the reference on moderate inputs [1 pt]")
        func moderate() { grader.checkRegion("moderate") }

        @Test("leakyReLU matches the reference on large and huge inputs [1 pt]")
        func large() { Check.run { grader.verifyRegions(["tail", "overflow"], into: &$0) } }

        @Test("LeakyReLU() uses the default slope α = 0.01 [2 pts]")
        func defaultAlpha() {
            grader.checkOracle(at: [-100, -3, -0.5, -1e-3, 2],
                               valueHint: "the default slope of LeakyReLU is α = 0.01 (init(alpha: Float = 0.01)), and callAsFunction must use self.alpha",
                               derivativeHint: "with the default α = 0.01, leakyReLU′(x) = 0.01 for x ≤ 0")
        }

        @Test("LeakyReLU(alpha:) uses the slope it is given [2 pts]")
        func otherAlpha() {
            Check.run { check in
                for alpha: Float in [0.2, 0.05, 1.5] {
                    ActivationGrader(LeakyReLU(alpha: alpha), .leakyReLU(alpha: alpha), hints: .leakyReLU)
                        .verifyOracle(at: [-1e6, -7, -0.75, -1e-20, 0, 0.5, 40],
                                      valueHint: "use the stored self.alpha, not a hard-coded 0.01",
                                      derivativeHint: "leakyReLU′(x) = self.alpha for x ≤ 0, whatever α is", into: &check)
                }
            }
        }

        @Test("leakyReLU′(0) = α, the left derivative [1 pt]")
        func kinkConvention() {
            Check.run { check in
                for alpha: Float in [0.01, 0.2] {
                    ActivationGrader(LeakyReLU(alpha: alpha), .leakyReLU(alpha: alpha), hints: .leakyReLU)
                        .verifyOracle(at: [0, -0.0], valueHint: Hints.leakyReLU.forValue(in: "zero"),
                                      derivativeHint: Hints.kink, into: &check)
                }
            }
        }

        @Test("leakyReLU′ is the slope of your leakyReLU away from 0 [1 pt]")
        func slope() { grader.checkSlope() }

        @Test("leakyReLU and leakyReLU′ reach their limits at ±∞ [1 pt]")
        func limits() { grader.checkLimits() }

        @Test("leakyReLU and leakyReLU′ propagate NaN [1 pt]")
        func nan() { grader.checkNaNPropagation() }

        @Test("leakyReLU matches an independent oracle at random points [1 pt]")
        func random() { grader.checkRandomPoints() }
    }
}
