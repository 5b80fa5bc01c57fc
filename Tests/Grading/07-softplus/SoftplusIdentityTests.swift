import GradingSupport

import Testing

extension SoftplusGrading {
    /// Identities any correct softplus satisfies, checked on your own functions.
    @Suite("identities")
    struct Identities {
        let softplus = Softplus()

        static let inputs: [Float] = [1e-3, 0.1, 0.5, 1, 2, 5, 10, 20, 40, 90, 200, 1e4, 1e30]

        @Test("softplus(x) − softplus(−x) = x [2 pts]")
        func oddPart() {
            // Both terms are rounded; the bound follows the larger of them.
            Relation("softplus(x) - softplus(-x)", { Double(softplus($0)) - Double(softplus(-$0)) },
                     equals: "x", { Double($0) },
                     allowed: { x in
                         Relation.rounding(scale: Double(softplus(x)).magnitude + Double(softplus(-x)).magnitude, ulps: 8)
                     })
                .check(at: Self.inputs.flatMap { [$0, -$0] },
                       hint: "log(1 + eˣ) − log(1 + e⁻ˣ) = x; if this fails only for large |x|, one side overflows (eˣ) or rounds to 0 (log(1 + tiny)): use max(x, 0) + log1p(e^−|x|) (Hints 3 and 4 in Exercises/07-softplus/README.md)")
        }

        @Test("softplus′ is the sigmoid: softplus′(x) + softplus′(−x) = 1 and softplus′ = σ [1 pt]")
        func derivativeIsSigmoid() {
            Check.run { check in
                Relation("softplus′(x) + softplus′(-x)",
                         { Double(softplus.derivative($0)) + Double(softplus.derivative(-$0)) },
                         equals: "1", { _ in 1 }, allowed: { _ in Relation.rounding(scale: 1) })
                    .verify(at: Self.inputs, hint: Hints.softplus.derivativeFallback, into: &check)
                Relation("softplus′(x)", { Double(softplus.derivative($0)) },
                         equals: "σ(x)", { Oracle.sigmoid(Double($0)) },
                         allowed: { x in
                             Relation.rounding(scale: Oracle.sigmoid(Double(x))) + Relation.rounding(scale: 1, ulps: 1)
                         })
                    .verify(at: Self.inputs.flatMap { [$0, -$0] } + [0],
                            hint: Hints.softplus.derivativeFallback, into: &check)
            }
        }

        @Test("relu(x) ≤ softplus(x) ≤ relu(x) + ln 2, and softplus is increasing [1 pt]")
        func shape() {
            Check.run { check in
                var previous = -Float.infinity
                for x in (-240...240).map({ Float($0) / 2 }) {
                    let y = softplus(x)
                    // ln 2 rounded up to Float: softplus(0) is the correctly rounded ln 2 itself.
                    if !(y.isFinite && y >= max(0, x) && y <= max(0, x) + 0.693147242) {
                        check.fail("softplus(\(Spelling.float(x))) = \(Spelling.float(y)), expected a finite number between max(0, x) and max(0, x) + ln 2",
                                   hint: y.isFinite ? Hints.softplus.valueFallback : Hints.overflow)
                    } else if y < previous {
                        check.fail("softplus(\(Spelling.float(x))) = \(Spelling.float(y)) is below the value at x − 0.5",
                                   hint: Hints.softplus.valueFallback)
                    }
                    if y.isFinite { previous = y }
                }
            }
        }
    }
}
