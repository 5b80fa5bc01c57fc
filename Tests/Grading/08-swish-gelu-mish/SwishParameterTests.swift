import GradingSupport

import Testing

extension SwishGELUMishGrading {
    /// Swish's sharpness β: the default (β = 1, SiLU) and others.
    @Suite("swish: β")
    struct SwishParameter {
        @Test("Swish() is SiLU, x·σ(x): the default β = 1 [1 pt]")
        func defaultBeta() {
            ActivationGrader(Swish(), .swish, hints: .swish)
                .checkOracle(at: [-6, -1, -0.25, 0.5, 2, 9],
                             valueHint: "the default β of Swish is 1 (init(beta: Float = 1)), making it SiLU: x·σ(x)",
                             derivativeHint: "with β = 1, swish′(x) = σ(x)(1 + x·σ(−x)), with no 1 − σ (Hint 4 in Exercises/08-swish-gelu-mish/README.md)")
        }

        @Test("Swish(beta:) uses the β it is given, in the value and the derivative [2 pts]")
        func otherBeta() {
            Check.run { check in
                for beta: Float in [2, 0.5, 1.702] {
                    ActivationGrader(Swish(beta: beta), .swish(beta: beta), hints: .swish)
                        .verifyOracle(at: [-40, -3, -0.75, -1e-3, 0, 0.3, 1.5, 6, 200],
                                      valueHint: "use the stored self.beta: swish(x) = x·σ(βx)",
                                      derivativeHint: "swish′(x) = σ(t)(1 + t·σ(−t)) with t = βx, with no 1 − σ: the chain rule brings out a factor β (Hint 4 in Exercises/08-swish-gelu-mish/README.md)",
                                      into: &check)
                }
            }
        }

        @Test("swish_β(x) = swish_1(βx)/β for your own swish [1 pt]")
        func betaScaling() {
            let swish = Swish(), sharp = Swish(beta: 2)
            // x·σ(2x) = (2x)·σ(2x)/2: doubling is exact, so only the two evaluations' rounding counts.
            Relation("Swish(beta: 2)(x)", { Double(sharp($0)) }, equals: "Swish()(2x)/2", { Double(swish(2 * $0)) / 2 },
                     allowed: { x in Relation.rounding(scale: Double(sharp(x)).magnitude, ulps: 16) })
                .check(at: [-20, -4, -1, -0.3, 0.2, 1, 3.5, 30],
                       hint: "Swish(beta: β) must compute x·σ(βx) with its own β")
        }

        @Test("swish_β(x) − swish_β(−x) = x [1 pt]")
        func oddPart() {
            Check.run { check in
                for beta: Float in [1, 2] {
                    let swish = Swish(beta: beta)
                    Relation("Swish(beta: \(Spelling.float(beta)))(x) - Swish(beta: \(Spelling.float(beta)))(-x)",
                             { Double(swish($0)) - Double(swish(-$0)) }, equals: "x", { Double($0) },
                             allowed: { x in Relation.rounding(scale: Double(x).magnitude, ulps: 8) })
                        .verify(at: [0.1, 0.5, 1, 2, 5, 10, 30, 100, 1e4].flatMap { [$0, -$0] },
                                hint: "x·σ(βx) − (−x)·σ(−βx) = x(σ(βx) + σ(−βx)) = x; if it fails only for large |x|, σ overflows on one side (Hint 2 in Exercises/08-swish-gelu-mish/README.md)",
                                into: &check)
                }
            }
        }
    }
}
