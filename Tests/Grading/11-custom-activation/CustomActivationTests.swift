import GradingSupport

import Testing

extension CustomActivationGrading {
    /// Properties every activation in the kit must have, checked on yours.
    @Suite("properties")
    struct Properties {
        let custom = CustomActivation()

        @Test("custom and custom′ are finite for every finite input, even huge ones [2 pts]")
        func finite() {
            Check.run { check in
                guard let seed = GradeSeed.current(for: &check) else { return }
                var random = RandomPoints(seed: seed, stream: "custom")
                let inputs = CustomInputs.everyScale.map { ($0, "") }
                    + random.activationInputs(count: 400).map { ($0, " [random point, GRADE_SEED=\(seed)]") }
                for (x, note) in inputs {
                    let value = custom(x), slope = custom.derivative(x)
                    if !value.isFinite || !slope.isFinite {
                        check.fail("custom(\(Spelling.float(x))) = \(Spelling.float(value)), custom′(\(Spelling.float(x))) = "
                                   + "\(Spelling.float(slope)): expected finite numbers\(note)", hint: CustomHints.finite)
                    }
                }
            }
        }

        @Test("custom and custom′ propagate NaN [1 pt]")
        func nan() {
            Check.run { check in
                for x in [Float.nan, -Float.nan] where !custom(x).isNaN || !custom.derivative(x).isNaN {
                    check.fail("custom(nan) = \(Spelling.float(custom(x))), custom′(nan) = \(Spelling.float(custom.derivative(x))): "
                               + "expected nan for both", hint: CustomHints.nan)
                }
                // An unfinished stub (NaN everywhere) must not earn this check.
                for x: Float in [-1.5, 0.75, 2] where !custom(x).isFinite || !custom.derivative(x).isFinite {
                    check.fail("custom(\(Spelling.float(x))) = \(Spelling.float(custom(x))): an ordinary input must give an ordinary number",
                               hint: Hints.notFinite)
                }
            }
        }

        @Test("custom and custom′ have limits at ±∞, not NaN [1 pt]")
        func limits() {
            Check.run { check in
                for x in [Float.infinity, -.infinity] where custom(x).isNaN || custom.derivative(x).isNaN {
                    check.fail("custom(\(Spelling.float(x))) = \(Spelling.float(custom(x))), custom′(\(Spelling.float(x))) = "
                               + "\(Spelling.float(custom.derivative(x))): expected limits, not nan", hint: CustomHints.limits)
                }
            }
        }

        /// Where the left and right slopes differ (a kink), the left-derivative convention gives
        /// the left slope, so any value between the two one-sided slopes is accepted there; on
        /// smooth stretches the two agree to within f″·h and the central difference decides.
        /// A second, finer step (2⁻¹²) serves functions that are smooth but not twice
        /// differentiable at a point (like x/(1 + |x|) at 0), where the central difference's
        /// error shrinks only like h instead of h².
        @Test("custom′ is the slope of your custom function, away from kinks [3 pts]")
        func slope() {
            Check.run { check in
                for x in CustomInputs.slopeGrid {
                    let derivative = custom.derivative(x)
                    if ([0x1p-7, 0x1p-12] as [Float]).contains(where: { fitsSlopes(derivative, at: x, step: $0) }) { continue }
                    let central = Slope.central({ custom($0) }, at: x, step: 0x1p-7)
                    check.fail(Slope.describe("custom′(\(Spelling.float(x)))", derivative: derivative, slope: central, step: 0x1p-7),
                               hint: derivative.isFinite && central.isFinite ? CustomHints.slope : Hints.notFinite)
                }
            }
        }

        /// Whether `derivative` agrees with the central difference at step h, or lies between
        /// the left and right difference quotients (a kink, or a jump in f″).
        func fitsSlopes(_ derivative: Float, at x: Float, step h: Float) -> Bool {
            let f = { (t: Float) in custom(t) }
            let noise = Slope.noise(f, at: x, step: h)
            if Slope.agrees(derivative, with: Slope.central(f, at: x, step: h), noise: noise) { return true }
            let left = (Double(custom(x)) - Double(custom(x - h))) / Double(h)
            let right = (Double(custom(x + h)) - Double(custom(x))) / Double(h)
            let slack = 1e-3 * max(abs(left), abs(right)) + 1e-4 + 2 * noise
            let d = Double(derivative)
            return derivative.isFinite && d >= min(left, right) - slack && d <= max(left, right) + slack
        }

        @Test("custom is not linear [2 pts]")
        func nonlinear() {
            Check.run { check in
                let grid = (-12...12).map { Float($0) / 2 }
                let values = grid.map { Double(custom($0)) }
                guard values.allSatisfy(\.isFinite) else {
                    check.fail("custom is not finite on [−6, 6], so its shape cannot be judged", hint: Hints.notFinite)
                    return
                }
                // Second differences f(x + ½) − 2f(x) + f(x − ½) vanish for every affine f = ax + b.
                let bends = (1..<(grid.count - 1)).map { (i: Int) -> Double in
                    let bend: Double = abs(values[i + 1] - 2 * values[i] + values[i - 1])
                    let size: Double = abs(values[i + 1]) + 2 * abs(values[i]) + abs(values[i - 1])
                    return bend / (size + 1e-6)
                }
                if !(bends.max() ?? 0 > 1e-3) {
                    check.fail("custom is affine on [−6, 6]: f(x + ½) − 2f(x) + f(x − ½) ≈ 0 everywhere, "
                               + "e.g. custom(1) = \(Spelling.double(values[14])), custom(2) = \(Spelling.double(values[16])), "
                               + "custom(3) = \(Spelling.double(values[18]))", hint: CustomHints.linear)
                }
            }
        }

        @Test("custom is not a copy of a built-in activation [2 pts]")
        func original() {
            Check.run { check in
                let grid = CustomInputs.shapeGrid
                let values = grid.map { Double(custom(Float($0))) }
                guard values.allSatisfy(\.isFinite) else {
                    check.fail("custom is not finite on [−6, 6], so its shape cannot be judged", hint: Hints.notFinite)
                    return
                }
                let range = (values.max() ?? 0) - (values.min() ?? 0)
                guard range > 0 else {
                    check.fail("custom is constant on [−6, 6] (always \(Spelling.double(values[0])))", hint: CustomHints.linear)
                    return
                }
                for shape in BuiltInShape.all {
                    if let deviation = shape.deviation(of: values, on: grid),
                       deviation <= BuiltInShape.sameShapeTolerance * range {
                        check.fail("custom matches \(shape.name) (scaled and shifted) to within \(Spelling.double(deviation)) "
                                   + "on [−6, 6], where it ranges over \(Spelling.double(range))", hint: CustomHints.copy)
                        return
                    }
                }
            }
        }

        @Test("custom′ is non-zero somewhere, so gradients can flow [1 pt]")
        func gradientFlows() {
            Check.run { check in
                let slopes = CustomInputs.slopeGrid.map { custom.derivative($0) }
                if !slopes.allSatisfy(\.isFinite) {
                    check.fail("custom′ is not finite on the tested grid (steps of 1/16 on [−8, 8], and ±10 … ±50)",
                               hint: Hints.notFinite)
                } else if !slopes.contains(where: { $0.magnitude > 1e-3 }) {
                    check.fail("custom′(x) is 0 (|custom′| ≤ 0.001) at every tested x in [−50, 50]", hint: CustomHints.flat)
                }
            }
        }
    }
}
