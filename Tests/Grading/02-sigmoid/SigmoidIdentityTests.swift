import GradingSupport

import Testing

extension SigmoidGrading {
    /// Identities that any correct sigmoid satisfies, checked on your own functions.
    @Suite("identities")
    struct Identities {
        let sigmoid = Sigmoid()

        /// Moderate inputs and large ones, where a formula that overflows breaks the symmetry.
        static let inputs: [Float] = [0.25, 0.5, 1, 2, 3.5, 5, 8, 12, 20, 40, 90, 100, 500, 1e4]
            .flatMap { [$0, -$0] }

        @Test("sigmoid(−x) = 1 − sigmoid(x) [2 pts]")
        func symmetry() {
            // 1 − σ(x) keeps only the absolute accuracy of σ(x) near 1, so the bound is absolute.
            Relation("sigmoid(-x)", { Double(sigmoid(-$0)) },
                     equals: "1 - sigmoid(x)", { 1 - Double(sigmoid($0)) },
                     allowed: { _ in Relation.rounding(scale: 1) })
                .check(at: Self.inputs,
                       hint: "σ is symmetric about (0, 1/2); a formula that is right for x > 0 but not for x < 0 (or the reverse) breaks this (Hint 2 in Exercises/02-sigmoid/README.md)")
        }

        @Test("sigmoid′(x) = sigmoid(x)·(1 − sigmoid(x)) [1 pt]")
        func derivativeFromValue() {
            Relation("sigmoid′(x)", { Double(sigmoid.derivative($0)) },
                     equals: "sigmoid(x)(1 - sigmoid(x))", { x in
                         let s = Double(sigmoid(x))
                         return s * (1 - s)
                     },
                     allowed: { _ in Relation.rounding(scale: 1) })
                .check(at: Self.inputs, hint: Hints.sigmoid.derivativeFallback)
        }

        @Test("sigmoid′ is even and never above 1/4 [1 pt]")
        func derivativeShape() {
            Check.run { check in
                Relation("sigmoid′(-x)", { Double(sigmoid.derivative(-$0)) },
                         equals: "sigmoid′(x)", { Double(sigmoid.derivative($0)) },
                         allowed: { _ in Relation.rounding(scale: 1) })
                    .verify(at: Self.inputs, hint: "σ′ is even, σ′(−x) = σ′(x); a derivative that differs between the two sides probably uses a different formula on each (Hint 3 in Exercises/02-sigmoid/README.md)", into: &check)
                for x in Self.inputs + [0] where sigmoid.derivative(x) > 0.25 {
                    check.fail("sigmoid′(\(Spelling.float(x))) = \(Spelling.float(sigmoid.derivative(x))), above 1/4",
                               hint: Hints.sigmoid.derivativeFallback)
                }
            }
        }

        @Test("sigmoid stays within [0, 1] and increases [1 pt]")
        func range() {
            Check.run { check in
                let grid = (-200...200).map { Float($0) / 2 }
                var previous = -Float.infinity
                for x in grid {
                    let y = sigmoid(x)
                    if !(y >= 0 && y <= 1) {
                        check.fail("sigmoid(\(Spelling.float(x))) = \(Spelling.float(y)), outside [0, 1]",
                                   hint: x.magnitude > 88 ? Hints.overflow : Hints.notFinite)
                    } else if y < previous {
                        check.fail("sigmoid(\(Spelling.float(x))) = \(Spelling.float(y)) is below the value at x − 0.5",
                                   hint: "σ is increasing: check the sign in e^−x and both branches of your formula (Hint 2 in Exercises/02-sigmoid/README.md)")
                    }
                    if y.isFinite { previous = y }
                }
            }
        }
    }
}
