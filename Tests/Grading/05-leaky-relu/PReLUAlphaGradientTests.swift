import GradingSupport

import Testing

extension LeakyReLUGrading {
    /// ∂f/∂α, the gradient that lets a network learn PReLU's slope.
    @Suite("PReLU α-gradient")
    struct PReLUAlphaGradient {
        @Test("prelu.alphaGradient matches the reference table [2 pts]")
        func reference() {
            let prelu = PReLU()
            Check.run { check in
                let points = ReferenceTable.points(for: "prelu")
                for point in points {
                    guard let expected = point.alphaGradient else { continue }
                    let got = prelu.alphaGradient(point.x)
                    if !Tolerance.tight.accepts(got, expected) {
                        check.fail("prelu.alphaGradient(\(Spelling.float(point.x))): "
                                   + Tolerance.tight.describe(got: got, expected: expected),
                                   hint: Hints.alphaGradient)
                    }
                }
                if !points.contains(where: { $0.alphaGradient != nil }) {
                    check.fail("the reference table has no α-gradients for prelu",
                               hint: "the kit's Tests/Fixtures are incomplete; tell your instructor")
                }
            }
        }

        /// f is linear in α, so the central difference in α is exact: x ± h, α ± h and their
        /// products are all exact Floats on this grid.
        @Test("prelu.alphaGradient is the slope of your prelu with respect to α [2 pts]")
        func slopeInAlpha() {
            let h: Float = 0x1p-7
            Check.run { check in
                for alpha: Float in [0.25, 0.125] {
                    let prelu = PReLU(alpha: alpha)
                    for x in (-32...32).map({ Float($0) / 4 }) {
                        let slope = Slope.central({ PReLU(alpha: $0)(x) }, at: alpha, step: h)
                        let noise = Slope.noise({ PReLU(alpha: $0)(x) }, at: alpha, step: h)
                        let gradient = prelu.alphaGradient(x)
                        if !Slope.agrees(gradient, with: slope, noise: noise) {
                            check.fail(Slope.describe("prelu[α=\(Spelling.float(alpha))].alphaGradient(\(Spelling.float(x)))",
                                                      derivative: gradient, slope: slope, step: h)
                                       + " as α varies",
                                       hint: gradient.isFinite && slope.isFinite ? Hints.alphaGradient : Hints.notFinite)
                        }
                    }
                }
            }
        }

        @Test("prelu.alphaGradient handles ±∞ and NaN [1 pt]")
        func special() {
            let prelu = PReLU()
            Check.run { check in
                let cases: [(Float, Float)] = [(.infinity, 0), (-.infinity, -.infinity), (.nan, .nan), (-2, -2), (3, 0)]
                for (x, expected) in cases where !Tolerance.tight.accepts(prelu.alphaGradient(x), expected) {
                    check.fail("prelu.alphaGradient(\(Spelling.float(x))): got \(Spelling.float(prelu.alphaGradient(x))), "
                               + "expected \(Spelling.float(expected))",
                               hint: x.isNaN ? Hints.nan : Hints.alphaGradient)
                }
            }
        }
    }
}
