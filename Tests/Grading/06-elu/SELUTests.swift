import GradingSupport

import Testing

extension ELUGrading {
    /// SELU against the reference table and its relation to ELU.
    @Suite("SELU")
    struct SELUChecks {
        let selu = SELU()
        let grader = ActivationGrader(SELU(), .selu, hints: .selu)

        @Test("selu matches the reference at zero [1 pt]")
        func zero() { grader.checkRegion("zero") }

        @Test("selu matches the reference on tiny inputs, where eˣ − 1 cancels [1 pt]")
        func tiny() { Check.run { grader.verifyRegions(["tiny", "kink"], into: &$0) } }

        @Test("selu matches the reference on moderate inputs [1 pt]")
        func moderate() { grader.checkRegion("moderate") }

        @Test("selu matches the reference on large and huge inputs [1 pt]")
        func large() { Check.run { grader.verifyRegions(["tail", "overflow"], into: &$0) } }

        /// The region checks accept SELU(x) + λα's absolute error in the left tail; this one does not.
        @Test("selu′ keeps its relative accuracy in the tails [1 pt]")
        func derivativeTails() {
            grader.checkDerivativeRelativeAccuracy(in: ["tail", "overflow"], tolerance: .composite, hint: Hints.seluDerivativeTails)
        }

        @Test("selu uses λ ≈ 1.0507 and α ≈ 1.6733 to Float precision [2 pts]")
        func constants() {
            // selu(1) = λ, selu(−∞-ish) = −λα, selu′(0) = λα: each isolates the constants.
            grader.checkOracle(at: [1, 2, -30, -100, 0], valueHint: Hints.seluConstants,
                               derivativeHint: Hints.seluConstants)
        }

        @Test("selu = λ·elu with α = 1.6732632, for your own elu [1 pt]")
        func eluRelation() {
            let lambda = Oracle.seluLambda
            let elu = ELU(alpha: Float(Oracle.seluAlpha))
            let inputs: [Float] = [-40, -5, -1, -0.1, -1e-5, 0, 1e-5, 0.5, 3, 100]
            Check.run { check in
                Relation("selu(x)", { Double(selu($0)) }, equals: "λ·elu(x)", { lambda * Double(elu($0)) },
                         allowed: { x in Relation.rounding(scale: Double(selu(x)).magnitude, ulps: 8) })
                    .verify(at: inputs, hint: Hints.selu.valueFallback, into: &check)
                Relation("selu′(x)", { Double(selu.derivative($0)) },
                         equals: "λ·elu′(x)", { lambda * Double(elu.derivative($0)) },
                         allowed: { _ in Relation.rounding(scale: 2, ulps: 8) })
                    .verify(at: inputs, hint: Hints.selu.derivativeFallback, into: &check)
            }
        }

        @Test("selu′ is the slope of your selu away from 0 [1 pt]")
        func slope() { grader.checkSlope() }

        @Test("selu and selu′ reach their limits at ±∞ [1 pt]")
        func limits() { grader.checkLimits() }

        @Test("selu and selu′ propagate NaN [1 pt]")
        func nan() { grader.checkNaNPropagation() }

        @Test("selu matches an independent oracle at random points [1 pt]")
        func random() { grader.checkRandomPoints() }
    }
}
