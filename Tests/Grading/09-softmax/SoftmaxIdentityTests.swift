import Foundation
import GradingSupport

import Testing

extension SoftmaxGrading {
    /// Properties any correct softmax and cross-entropy have, checked on your own functions.
    @Suite("identities")
    struct Identities {
        /// Small logits (multiples of 1/8, so adding 500 or 10⁴ to them is exact) and large ones.
        static let logitSets: [[Float]] = [
            [0], [1, 2, 3], [-0.5, 0.25, 0.125, 2], [3, 3, 3], [-4, 0, 4, 1.5, -2.75],
            [100, 0], [-500, -501, -502.5], [1000, -1000, 0, 999], [-2e4, 2e4],
        ]
        static let smallSets = logitSets.filter { $0.allSatisfy { $0.magnitude < 10 } }

        /// Σ sᵢ rounds once per term: n + 4 ulps of 1.
        static func sumBound(_ n: Int) -> Double { Relation.rounding(scale: Double(n + 4), ulps: 1) }

        @Test("softmax lies in [0, 1] and sums to 1 [1 pt]")
        func sumsToOne() {
            Check.run { check in
                for z in Self.logitSets {
                    let s = softmax(z)
                    guard s.count == z.count else {
                        check.fail("softmax(\(Spelling.floats(z))): got \(s.count) entries, expected \(z.count)",
                                   hint: SoftmaxHints.length)
                        continue
                    }
                    let sum = s.reduce(0) { $0 + Double($1) }
                    if !s.allSatisfy({ $0 >= 0 && $0 <= 1 }) || !(abs(sum - 1) <= Self.sumBound(z.count)) {
                        check.fail("softmax(\(Spelling.floats(z))) = \(Spelling.floats(s)), which sums to \(Spelling.double(sum))",
                                   hint: z.contains { $0.magnitude > 80 } ? SoftmaxHints.shift : SoftmaxHints.softmax)
                    }
                }
            }
        }

        @Test("softmax(z + c) = softmax(z) for large shifts c [2 pts]")
        func shiftInvariance() {
            Check.run { check in
                for z in Self.smallSets {
                    let base = softmax(z)
                    let oracle = SoftmaxOracle(logits: z, label: 0)
                    // The comparison is with your own softmax(z), so that must be right first.
                    guard base.count == z.count, base.allSatisfy(\.isFinite) else {
                        check.fail("softmax(\(Spelling.floats(z))) = \(Spelling.floats(base)), expected \(z.count) finite probabilities",
                                   hint: SoftmaxHints.softmax)
                        continue
                    }
                    for c: Float in [500, -500, 1e4] {
                        let shifted = z.map { $0 + c }
                        let got = softmax(shifted)
                        check.compare("softmax(\(Spelling.floats(shifted))) against softmax(\(Spelling.floats(z)))",
                                      got: got, expected: base,
                                      tolerance: { oracle.softmaxTolerance($0).plusUlps(16) },
                                      hint: { _ in SoftmaxHints.shift })
                    }
                }
            }
        }

        @Test("logSoftmax = log(softmax) wherever softmax is not tiny [1 pt]")
        func logOfSoftmax() {
            Check.run { check in
                for z in Self.logitSets {
                    let s = softmax(z), logS = logSoftmax(z)
                    guard s.count == z.count, logS.count == z.count else {
                        check.fail("softmax/logSoftmax(\(Spelling.floats(z))): got \(s.count) and \(logS.count) entries, expected \(z.count)",
                                   hint: SoftmaxHints.length)
                        continue
                    }
                    let oracle = SoftmaxOracle(logits: z, label: 0)
                    for i in z.indices where oracle.softmax[i] > 1e-30 {
                        let l = Double(logS[i]), r = log(Double(s[i]))
                        let bound = Relation.rounding(scale: abs(oracle.logSoftmax[i]) + abs(oracle.shifted[i])
                                                      + Double(z.count) + 8 + 2 * oracle.logitScale)
                        if !(l.isFinite && r.isFinite && abs(l - r) <= bound) {
                            check.fail("for logits \(Spelling.floats(z)): logSoftmax[\(i)] = \(Spelling.double(l)) but "
                                       + "log(softmax[\(i)]) = \(Spelling.double(r))",
                                       hint: z.contains { $0.magnitude > 80 } ? SoftmaxHints.shift : SoftmaxHints.logSoftmax)
                        }
                    }
                }
            }
        }

        @Test("crossEntropy = −logSoftmax[label], and its gradient is softmax − onehot and sums to 0 [1 pt]")
        func crossEntropyConsistency() {
            Check.run { check in
                for z in Self.logitSets {
                    for label in [0, z.count - 1] {
                        let r = SoftmaxResults(logits: z, label: label)
                        guard r.logSoftmax.count == z.count, r.softmax.count == z.count,
                              r.crossEntropyGradient.count == z.count else {
                            check.fail("for \(r.labelled): a result has the wrong number of entries", hint: SoftmaxHints.length)
                            continue
                        }
                        let ce = Double(r.crossEntropy), minusLog = -Double(r.logSoftmax[label])
                        let scale = abs(ce) + 1 + 2 * SoftmaxOracle(logits: z, label: label).logitScale
                        if !(ce.isFinite && abs(ce - minusLog) <= Relation.rounding(scale: scale)) {
                            check.fail("crossEntropy(\(r.labelled)) = \(Spelling.double(ce)) but −logSoftmax[\(label)] = \(Spelling.double(minusLog))",
                                       hint: SoftmaxHints.crossEntropy)
                        }
                        var sum = 0.0
                        for j in z.indices {
                            let g = Double(r.crossEntropyGradient[j])
                            let expected = Double(r.softmax[j]) - (j == label ? 1 : 0)
                            sum += g
                            if !(g.isFinite && abs(g - expected) <= Relation.rounding(scale: 1)) {
                                check.fail("crossEntropyGradient(\(r.labelled))[\(j)] = \(Spelling.double(g)) but softmax − onehot = \(Spelling.double(expected))",
                                           hint: SoftmaxHints.gradient)
                            }
                        }
                        if !(abs(sum) <= Self.sumBound(z.count)) {
                            check.fail("crossEntropyGradient(\(r.labelled)) sums to \(Spelling.double(sum)), not 0",
                                       hint: SoftmaxHints.gradient)
                        }
                    }
                }
            }
        }

        @Test("the softmax Jacobian is symmetric and its rows sum to 0 [1 pt]")
        func jacobianStructure() {
            Check.run { check in
                for z in Self.logitSets {
                    guard let j = SoftmaxResults.squareJacobian(of: z, check: &check) else { continue }
                    for row in z.indices {
                        let sum = j[row].reduce(0) { $0 + Double($1) }
                        if !(abs(sum) <= Self.sumBound(z.count)) {
                            check.fail("softmaxJacobian(\(Spelling.floats(z)))[\(row)] sums to \(Spelling.double(sum)), not 0",
                                       hint: z.contains { $0.magnitude > 80 } ? SoftmaxHints.shift : SoftmaxHints.jacobian)
                        }
                        for column in z.indices where column > row {
                            let a = Double(j[row][column]), b = Double(j[column][row])
                            if !(abs(a - b) <= Relation.rounding(scale: max(abs(a), abs(b)), ulps: 2)) {
                                check.fail("softmaxJacobian(\(Spelling.floats(z))): [\(row)][\(column)] = \(Spelling.double(a)) but [\(column)][\(row)] = \(Spelling.double(b))",
                                           hint: SoftmaxHints.jacobian)
                            }
                        }
                    }
                }
            }
        }

        @Test("crossEntropy stays finite and exact for a confidently wrong prediction [2 pts]")
        func confidentlyWrong() {
            Check.run { check in
                let cases: [([Float], Int)] = [([0, 200], 0), ([1000, -1000, 0], 1), ([-90, 90], 0), ([0, 120, 5], 2)]
                for (z, label) in cases {
                    let oracle = SoftmaxOracle(logits: z, label: label)
                    SoftmaxResults(logits: z, label: label)
                        .verify(.crossEntropy, expected: .init(oracle), tolerances: oracle, note: "", into: &check)
                }
            }
        }
    }
}
