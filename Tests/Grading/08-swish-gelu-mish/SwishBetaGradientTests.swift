import GradingSupport

import Testing

extension SwishGELUMishGrading {
    /// ∂f/∂β, the gradient that lets a network learn Swish's β (`lab train --activation
    /// swish-learned`): the reference table `swish-beta.tsv` (mpmath) at the β of the lesson's
    /// other checks, the slope of the student's own swish in β, its symmetry, and its special
    /// values.
    @Suite("swish: β-gradient")
    struct SwishBetaGradient {
        /// The default β and those of the `Swish(beta:)` checks; the table has each at every input.
        static let betas: [Float] = [1, 2, 0.5, 1.702]

        /// Swish′'s rule: 8 ulps (a handful of roundings), plus ⌈|βx|⌉ for β ≠ 1, because the
        /// rounded Float βx moves σ′(βx) = σ(βx)σ(−βx), whose logarithmic slope is up to 1 in
        /// size, by up to |βx|·2⁻²⁴. Outside the tails, also an absolute 4·2⁻²³·x²: what the
        /// textbook x²·σ(1 − σ) keeps of 1 − σ (its absolute accuracy, ulp(1)/2, times x²). The
        /// tail and overflow checks grant no absolute allowance: that is where 1 − σ costs points.
        static func tolerance(beta: Float, x: Float, relative: Bool) -> Tolerance {
            let base = Tolerance.composite.plusUlps(
                beta == 1 ? 0 : Tolerance.argumentRounding(Double(beta) * Double(x)))
            return relative ? base : base.orAbsolute(Tolerance.oneMinusRounding * Double(x) * Double(x))
        }

        /// `swish.betaGradient(2)`, `swish[β=0.5].betaGradient(2)`.
        static func call(beta: Float, _ x: Float) -> String {
            (beta == 1 ? "swish" : "swish[β=\(Spelling.float(beta))]") + ".betaGradient(\(Spelling.float(x)))"
        }

        /// The table's points of `regions` at every β of `betas`, against one batch of answers each.
        func verify(_ regions: [String], relative: Bool, hint: String, into check: inout Check) {
            let table = ReferenceTable.parameterGradients(for: "swish-beta")
            for beta in Self.betas {
                let points = table.filter { $0.parameter == beta && regions.contains($0.region) }
                if points.isEmpty {
                    check.fail("the reference table has no \(regions.joined(separator: "/")) points for swish β = "
                               + Spelling.float(beta),
                               hint: "the kit's Tests/Fixtures are incomplete; tell your instructor")
                }
                let answers = Swish(beta: beta).betaGradients(at: points.map(\.x))
                for (point, got) in zip(points, answers) {
                    let tolerance = Self.tolerance(beta: beta, x: point.x, relative: relative)
                    if !tolerance.accepts(got, point.gradient) {
                        let ordinary = point.x.magnitude <= 10 && point.gradient.isFinite && !got.isFinite
                        check.fail("\(Self.call(beta: beta, point.x)): "
                                   + tolerance.describe(got: got, expected: point.gradient),
                                   hint: ordinary ? Hints.notFinite : hint)
                    }
                }
            }
        }

        @Test("swish.betaGradient matches the reference near zero and on moderate inputs [2 pts]")
        func moderate() {
            Check.run { verify(["kink", "tiny", "moderate"], relative: false, hint: Hints.betaGradient, into: &$0) }
        }

        @Test("swish.betaGradient matches the reference in the tails [2 pts]")
        func tail() {
            Check.run { verify(["tail"], relative: true, hint: Hints.betaGradientTail, into: &$0) }
        }

        @Test("swish.betaGradient matches the reference for |x| > 88, where x² and e^−|βx| leave Float's range [1 pt]")
        func overflow() {
            Check.run { verify(["overflow"], relative: true, hint: Hints.betaGradientOverflow, into: &$0) }
        }

        /// f is not linear in β, so the central difference has a truncation error h²/6·x⁴σ‴(βx):
        /// with h = 2⁻⁸ at most 1.7e-4 on this grid (β = 0.5, x = ±8, where ∂f/∂β ≈ 1.13), under
        /// a seventh of what `Slope.agrees` allows there. β ± h and x are exact Floats.
        @Test("swish.betaGradient is the slope of your swish with respect to β [2 pts]")
        func slopeInBeta() {
            let h: Float = 0x1p-8
            let xs = (-32...32).map { Float($0) / 4 }
            Check.run { check in
                for beta: Float in [1, 0.5, 2] {
                    Swish(beta: beta + h).prefetch(xs)
                    Swish(beta: beta - h).prefetch(xs)
                    let gradients = Swish(beta: beta).betaGradients(at: xs)
                    for (x, gradient) in zip(xs, gradients) {
                        let f = { (b: Float) in Swish(beta: b)(x) }
                        let slope = Slope.central(f, at: beta, step: h)
                        if !Slope.agrees(gradient, with: slope, noise: Slope.noise(f, at: beta, step: h)) {
                            check.fail(Slope.describe(Self.call(beta: beta, x), derivative: gradient, slope: slope, step: h)
                                       + " as β varies",
                                       hint: gradient.isFinite && slope.isFinite ? Hints.betaGradient : Hints.notFinite)
                        }
                    }
                }
            }
        }

        @Test("swish.betaGradient is even in x: ∂f/∂β(−x) = ∂f/∂β(x) [1 pt]")
        func even() {
            let xs: [Float] = [0.1, 0.5, 1, 1.5, 2, 3, 5, 8, 10, 20, 40]
            Check.run { check in
                for beta: Float in [1, 2] {
                    let inputs = xs + xs.map { -$0 }
                    let answers = Dictionary(uniqueKeysWithValues: zip(inputs, Swish(beta: beta).betaGradients(at: inputs)))
                    let gradient = { (x: Float) in Double(answers[x] ?? .nan) }
                    // Both sides round the same |βx|, but a formula may take other branches for the
                    // other sign: 16 ulps (8 each), ⌈|βx|⌉ more each for β ≠ 1, and the 1 − σ allowance.
                    let allowed = { (x: Float) -> Double in
                        let ulps = 16 + (beta == 1 ? 0 : 2 * Double(Tolerance.argumentRounding(Double(beta) * Double(x))))
                        return Relation.rounding(scale: max(abs(gradient(x)), abs(gradient(-x))), ulps: ulps)
                            + Tolerance.oneMinusRounding * Double(x) * Double(x)
                    }
                    let name = beta == 1 ? "swish" : "swish[β=\(Spelling.float(beta))]"
                    Relation("\(name).betaGradient(-x)", { gradient(-$0) }, equals: "\(name).betaGradient(x)", gradient,
                             allowed: allowed)
                        .verify(at: xs, hint: Hints.betaGradientEven, into: &check)
                }
            }
        }

        @Test("swish.betaGradient handles 0, ±∞, NaN and β = 0 [1 pt]")
        func special() {
            Check.run { check in
                // With β = 0, swish is x/2 and ∂f/∂β = x²/4: exact, and +∞ at both infinities.
                let cases: [(beta: Float, x: Float, expected: Float)] = [
                    (1, 0, 0), (1, -0.0, 0), (1, .infinity, 0), (1, -.infinity, 0), (1, .nan, .nan),
                    (2, 0, 0), (2, .infinity, 0), (2, -.infinity, 0),
                    (0, 3, 2.25), (0, -2, 1), (0, 0.5, 0.0625), (0, 0, 0),
                    (0, .infinity, .infinity), (0, -.infinity, .infinity), (0, .nan, .nan),
                ]
                for (beta, x, expected) in cases {
                    let got = Swish(beta: beta).betaGradient(x)
                    if !Tolerance.tight.accepts(got, expected) {
                        check.fail("\(Self.call(beta: beta, x)): got \(Spelling.float(got)), expected \(Spelling.float(expected))",
                                   hint: x.isNaN ? Hints.nan : Hints.betaGradientSpecial)
                    }
                }
            }
        }
    }
}
