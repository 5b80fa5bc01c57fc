import GradingSupport

import Testing

extension SoftmaxGrading {
    /// The Jacobian and the cross-entropy gradient against central differences of your own
    /// softmax and crossEntropy: are they the derivatives of *your* functions?
    @Suite("slopes")
    struct Slopes {
        /// Multiples of 1/8, so that z ± h (h = 2⁻⁷) is exact.
        static let logitSets: [[Float]] = [[1, 2, 3], [-0.5, 0.25, 2, 0.125], [0, 0], [3, -1.5]]
        static let h: Float = 0x1p-7

        static func perturbed(_ z: [Float], _ j: Int, by delta: Float) -> [Float] {
            var z = z
            z[j] += delta
            return z
        }

        @Test("crossEntropyGradient is the slope of your crossEntropy [1 pt]")
        func gradient() {
            Check.run { check in
                for z in Self.logitSets {
                    for label in z.indices {
                        let gradient = crossEntropyGradient(logits: z, label: label)
                        guard gradient.count == z.count else {
                            check.fail("crossEntropyGradient(logits: \(Spelling.floats(z)), label: \(label)): got \(gradient.count) entries, expected \(z.count)",
                                       hint: SoftmaxHints.length)
                            continue
                        }
                        for j in z.indices {
                            let f = { (t: Float) in crossEntropy(logits: Self.perturbed(z, j, by: t), label: label) }
                            let slope = Slope.central(f, at: 0, step: Self.h)
                            if !Slope.agrees(gradient[j], with: slope, noise: Slope.noise(f, at: 0, step: Self.h)) {
                                check.fail(Slope.describe("crossEntropyGradient(logits: \(Spelling.floats(z)), label: \(label))[\(j)]",
                                                          derivative: gradient[j], slope: slope, step: Self.h)
                                           + " in z[\(j)]",
                                           hint: gradient[j].isFinite ? SoftmaxHints.gradient : Hints.notFinite)
                            }
                        }
                    }
                }
            }
        }

        @Test("softmaxJacobian is the slope of your softmax [1 pt]")
        func jacobian() {
            Check.run { check in
                for z in Self.logitSets {
                    guard let jacobian = SoftmaxResults.squareJacobian(of: z, check: &check) else { continue }
                    for i in z.indices {
                        for j in z.indices {
                            let f = { (t: Float) -> Float in
                                let s = softmax(Self.perturbed(z, j, by: t))
                                return s.count == z.count ? s[i] : .nan
                            }
                            let slope = Slope.central(f, at: 0, step: Self.h)
                            if !Slope.agrees(jacobian[i][j], with: slope, noise: Slope.noise(f, at: 0, step: Self.h)) {
                                check.fail(Slope.describe("softmaxJacobian(\(Spelling.floats(z)))[\(i)][\(j)]",
                                                          derivative: jacobian[i][j], slope: slope, step: Self.h)
                                           + " of softmax[\(i)] in z[\(j)]",
                                           hint: jacobian[i][j].isFinite ? SoftmaxHints.jacobian : Hints.notFinite)
                            }
                        }
                    }
                }
            }
        }
    }
}
