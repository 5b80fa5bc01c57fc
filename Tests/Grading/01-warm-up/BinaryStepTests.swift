import GradingSupport

import Testing

extension WarmUpGrading {
    /// The step: 1 for x ≥ 0, 0 below, derivative 0 (also at the jump).
    @Suite("binary step")
    struct BinaryStepChecks {
        let grader = ActivationGrader(BinaryStep(), .binaryStep, hints: .binaryStep)

        @Test("binaryStep matches the reference at zero [1 pt]")
        func zero() { grader.checkRegion("zero") }

        @Test("binaryStep matches the reference next to the jump [1 pt]")
        func kink() { Check.run { grader.verifyRegions(["tiny", "kink"], into: &$0) } }

        @Test("binaryStep matches the reference on moderate and large inputs [1 pt]")
        func elsewhere() {
            Check.run { grader.verifyRegions(["moderate", "tail", "overflow"], into: &$0) }
        }

        @Test("binaryStep(0) = 1 and binaryStep′ is 0 everywhere, also at the jump [2 pts]")
        func convention() {
            let step = BinaryStep()
            Check.run { check in
                grader.verifyOracle(at: [0, -0.0], valueHint: Hints.binaryStep.forValue(in: "zero"),
                                    derivativeHint: Hints.binaryStep.derivativeFallback, into: &check)
                let inputs: [Float] = [-.infinity, -1e30, -3, -.leastNonzeroMagnitude, 0, -0.0, .leastNonzeroMagnitude, 0.5, 7, 1e30, .infinity]
                for x in inputs where step.derivative(x) != 0 {
                    check.fail("binaryStep′(\(Spelling.float(x))): got \(Spelling.float(step.derivative(x))), expected 0",
                               hint: Hints.binaryStep.derivativeFallback)
                }
            }
        }

        @Test("binaryStep reaches 0 and 1 at ±∞ [1 pt]")
        func limits() { grader.checkLimits() }

        @Test("binaryStep and binaryStep′ propagate NaN [1 pt]")
        func nan() { grader.checkNaNPropagation() }

        @Test("binaryStep matches an independent oracle at random points [1 pt]")
        func random() { grader.checkRandomPoints() }
    }
}
