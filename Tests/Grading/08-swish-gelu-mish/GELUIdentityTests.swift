import GradingSupport

import Testing

extension SwishGELUMishGrading {
    /// An identity of the exact GELU, checked on your own function.
    @Suite("gelu: identities")
    struct GELUIdentities {
        @Test("gelu(x) − gelu(−x) = x [1 pt]")
        func oddPart() {
            let gelu = GELU()
            // Holds for any x·F(x) with F(x) + F(−x) = 1: the tanh approximation and x·σ(1.702x)
            // satisfy it too, but differ from the reference (by up to 4.7e-4 and 0.020), which
            // the region checks see.
            Relation("gelu(x) - gelu(-x)", { Double(gelu($0)) - Double(gelu(-$0)) }, equals: "x", { Double($0) },
                     allowed: { x in Relation.rounding(scale: Double(x).magnitude, ulps: 8) })
                .check(at: [0.1, 0.5, 1, 2, 5, 10, 30, 100, 1e4].flatMap { [$0, -$0] },
                       hint: "x·Φ(x) − (−x)·Φ(−x) = x(Φ(x) + Φ(−x)) = x; check Φ(x) = erfc(−x/√2)/2 for both signs (Hint 3 in Exercises/08-swish-gelu-mish/README.md)")
        }
    }
}
