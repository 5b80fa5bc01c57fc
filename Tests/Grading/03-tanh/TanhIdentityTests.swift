import GradingSupport

import Testing

extension TanhGrading {
    /// Identities any correct tanh satisfies, checked on your own functions.
    @Suite("identities")
    struct Identities {
        let tanh = Tanh()

        static let inputs: [Float] = [1e-6, 1e-3, 0.1, 0.5, 1, 2, 3.5, 6, 10, 20, 50, 100, 1e3, 1e30]

        @Test("tanh is odd: tanh(−x) = −tanh(x) [1 pt]")
        func odd() {
            Relation("tanh(-x)", { Double(tanh(-$0)) }, equals: "-tanh(x)", { -Double(tanh($0)) },
                     allowed: { x in Relation.rounding(scale: Double(tanh(x)).magnitude) })
                .check(at: Self.inputs,
                       hint: "tanh is odd; if only one sign is wrong, your formula probably overflows or cancels for that sign (compute tanh(|x|) and restore the sign) (Hint 2 in Exercises/03-tanh/README.md)")
        }

        @Test("tanh(x) = 2σ(2x) − 1 [1 pt]")
        func sigmoidRelation() {
            // Compared with an exact σ (the oracle's, in Double): on the right-hand side nothing
            // is rounded, so only your tanh's own few ulps (and ulps of 1 near the ends) count.
            Relation("tanh(x)", { Double(tanh($0)) },
                     equals: "2σ(2x) - 1", { 2 * Oracle.sigmoid(2 * Double($0)) - 1 },
                     allowed: { x in Relation.rounding(scale: Double(tanh(x)).magnitude) })
                .check(at: Self.inputs.flatMap { [$0, -$0] }, hint: Hints.tanh.valueFallback)
        }

        @Test("tanh′(x) = 1 − tanh²(x) on your own tanh [1 pt]")
        func derivativeFromValue() {
            Relation("tanh′(x)", { Double(tanh.derivative($0)) },
                     equals: "1 - tanh(x)²", { x in 1 - Double(tanh(x)) * Double(tanh(x)) },
                     allowed: { _ in Relation.rounding(scale: 2) })
                .check(at: Self.inputs.flatMap { [$0, -$0] } + [0], hint: Hints.tanh.derivativeFallback)
        }

        @Test("tanh′(0) = 1 and 0 ≤ tanh′ ≤ 1 on finite inputs [1 pt]")
        func derivativeRange() {
            Check.run { check in
                if tanh.derivative(0) != 1 {
                    check.fail("tanh′(0): got \(Spelling.float(tanh.derivative(0))), expected 1",
                               hint: Hints.tanh.forDerivative(in: "zero"))
                }
                for x in Self.inputs.flatMap({ [$0, -$0] }) {
                    let d = tanh.derivative(x)
                    if !(d >= 0 && d <= 1) {
                        check.fail("tanh′(\(Spelling.float(x))) = \(Spelling.float(d)), outside [0, 1]",
                                   hint: d.isFinite ? Hints.tanh.derivativeFallback : Hints.notFinite)
                    }
                }
            }
        }
    }
}
