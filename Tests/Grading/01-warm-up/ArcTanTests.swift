import Foundation
import GradingSupport

import Testing

extension WarmUpGrading {
    /// atan(x) and 1/(1 + x²), the first smooth activation of the course.
    @Suite("arctan")
    struct ArcTanChecks {
        let arctan = ArcTan()
        let grader = ActivationGrader(ArcTan(), .arctan, hints: .arctan)

        @Test("arctan matches the reference at zero and on tiny inputs [1 pt]")
        func small() { Check.run { grader.verifyRegions(["zero", "tiny"], into: &$0) } }

        @Test("arctan matches the reference on moderate inputs [1 pt]")
        func moderate() { grader.checkRegion("moderate") }

        @Test("arctan matches the reference on large inputs [1 pt]")
        func tail() { grader.checkRegion("tail") }

        @Test("arctan matches the reference on huge inputs [1 pt]")
        func overflow() { grader.checkRegion("overflow") }

        @Test("arctan′ is the slope of your arctan [1 pt]")
        func slope() { grader.checkSlope() }

        @Test("arctan is odd, bounded by π/2, and arctan(x) + arctan(1/x) = π/2 for x > 0 [1 pt]")
        func identities() {
            let inputs: [Float] = [0.125, 0.5, 1, 2, 3, 10, 100, 1e4]
            Check.run { check in
                Relation("arctan(-x)", { Double(arctan(-$0)) }, equals: "-arctan(x)", { -Double(arctan($0)) },
                         allowed: { x in Relation.rounding(scale: Double(arctan(x)).magnitude, ulps: 2) })
                    .verify(at: inputs, hint: "atan is odd, atan(−x) = −atan(x): use Foundation's atan (Hint 3 in Exercises/01-warm-up/README.md)", into: &check)
                Relation("arctan(x) + arctan(1/x)", { Double(arctan($0)) + Double(arctan(1 / $0)) },
                         equals: "π/2", { _ in Double.pi / 2 },
                         allowed: { _ in Relation.rounding(scale: 2) })
                    .verify(at: inputs, hint: Hints.arctan.valueFallback, into: &check)
                // The Float nearest π/2 is 1.57079637 (slightly above π/2, so it is attained).
                let bound = Float(Double.pi / 2)
                for x in inputs + [1e30, .greatestFiniteMagnitude] where !(arctan(x) <= bound && arctan(-x) >= -bound) {
                    check.fail("arctan(±\(Spelling.float(x))) = ±\(Spelling.float(arctan(x))), beyond ±π/2 ≈ \(Spelling.float(bound))",
                               hint: Hints.arctan.forValue(in: "overflow"))
                }
            }
        }

        @Test("arctan reaches ±π/2 at ±∞ with slope 0 [1 pt]")
        func limits() { grader.checkLimits() }

        @Test("arctan and arctan′ propagate NaN [1 pt]")
        func nan() { grader.checkNaNPropagation() }

        @Test("arctan matches an independent oracle at random points [1 pt]")
        func random() { grader.checkRandomPoints() }
    }
}
