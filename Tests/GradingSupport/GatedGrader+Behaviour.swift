import Testing

extension GatedGrader {
    /// The slope-check grid: both inputs on multiples of 1/2 in [−6, 6]. Every grid point ± the
    /// step (a power of two) is an exact Float, and the units are smooth, so nothing is left out.
    public static var slopeGrid: [Float] { (-12...12).map { Float($0) / 2 } }

    /// The slope checks' step, the same power of two as `ActivationGrader.slopeStep`.
    public static var slopeStep: Float { 0x1p-7 }

    /// ∂f/∂input against central differences of the student's own f in that input, the other
    /// held fixed: the gradient must belong to *this* function, whatever its accuracy.
    public func verifySlope(of input: GatedSpec.Input, into check: inout Check) {
        let h = Self.slopeStep
        let hint = hints.forGradient(input, in: "slope")
        function.prefetch(Self.slopeGrid.flatMap { a in
            Self.slopeGrid.flatMap { b in
                input == .a ? [(a, b), (a + h, b), (a - h, b)] : [(a, b), (a, b + h), (a, b - h)]
            }
        })
        for a in Self.slopeGrid {
            for b in Self.slopeGrid {
                let f: (Float) -> Float = input == .a ? { t in function(t, b) } : { t in function(a, t) }
                let at = input == .a ? a : b
                let slope = Slope.central(f, at: at, step: h)
                let gradients = function.gradients(a, b)
                let gradient = input == .a ? gradients.a : gradients.b
                if !Slope.agrees(gradient, with: slope, noise: Slope.noise(f, at: at, step: h)) {
                    let finite = gradient.isFinite && slope.isFinite
                    check.fail(Slope.describe(spec.callGradient(input, a, b), derivative: gradient,
                                              slope: slope, step: h) + " as \(input.rawValue) varies",
                               hint: finite ? hint : Hints.notFinite)
                }
            }
        }
    }

    /// `verifySlope` as a check of its own.
    public func checkSlope(of input: GatedSpec.Input, sourceLocation: SourceLocation = #_sourceLocation) {
        Check.run(sourceLocation: sourceLocation) { verifySlope(of: input, into: &$0) }
    }

    /// The gradient with respect to the linear input is the gated factor itself, which is your
    /// own f with that input set to 1: ∂(v·h(g))/∂v = h(g) = f at v = 1. Both sides come from the
    /// student's code; only their agreement is checked, to `composite` (the two may be computed
    /// by different roundings of the same h(g)).
    public func verifyLinearPath(into check: inout Check) {
        let linear = spec.linear
        for g in Self.slopeGrid + [-20, -9.5, 9.5, 20] {
            for v: Float in [-3, 0.5, 2] {
                let (a, b) = spec.gated == .a ? (g, v) : (v, g)
                let gradients = function.gradients(a, b)
                let gradient = linear == .a ? gradients.a : gradients.b
                let factor = spec.gated == .a ? function(g, 1) : function(1, g)
                let tolerance = Tolerance.composite
                if !(gradient.isFinite && factor.isFinite && tolerance.accepts(gradient, factor)) {
                    let unit = spec.gated == .a ? spec.call(g, 1) : spec.call(1, g)
                    check.fail("\(spec.callGradient(linear, a, b)) = \(Spelling.float(gradient)), but your "
                               + "\(unit) = \(Spelling.float(factor)); the gradient with respect to "
                               + "the linear input \(linear.rawValue) is the gated factor itself",
                               hint: hints.forGradient(linear, in: "linear"))
                }
            }
        }
    }

    /// `verifyLinearPath` as a check of its own.
    public func checkLinearPath(sourceLocation: SourceLocation = #_sourceLocation) {
        Check.run(sourceLocation: sourceLocation) { verifyLinearPath(into: &$0) }
    }

    /// One input ±∞ with the other ordinary (−2.5, 0.5, 3): every result is its limit as that
    /// input alone grows.
    public func verifyLimits(into check: inout Check) {
        var pairs: [(a: Float, b: Float)] = []
        for infinite: Float in [.infinity, -.infinity] {
            for other: Float in [-2.5, 0.5, 3] {
                pairs += [(infinite, other), (other, infinite)]
            }
        }
        verifyOracle(at: pairs, valueHint: hints.forValue(in: "special"),
                     gradientHints: (hints.forGradient(.a, in: "special"), hints.forGradient(.b, in: "special")),
                     into: &check)
    }

    /// `verifyLimits` as a check of its own.
    public func checkLimits(sourceLocation: SourceLocation = #_sourceLocation) {
        Check.run(sourceLocation: sourceLocation) { verifyLimits(into: &$0) }
    }

    /// NaN in either input gives NaN in the value and both gradients, while ordinary inputs give
    /// ordinary numbers (so that a stub returning NaN everywhere earns nothing here).
    public func verifyNaNPropagation(into check: inout Check) {
        for (a, b) in [(Float.nan, Float(1.5)), (1.5, .nan), (.nan, .nan), (-.nan, -2)] {
            let value = function(a, b), gradients = function.gradients(a, b)
            for (what, got) in [(spec.call(a, b), value), (spec.callGradient(.a, a, b), gradients.a),
                                (spec.callGradient(.b, a, b), gradients.b)] where !got.isNaN {
                check.fail("\(what): got \(Spelling.float(got)), expected nan", hint: hints.forValue(in: "nan"))
            }
        }
        for (a, b) in [(Float(-1.5), Float(0.75)), (2, -1), (0.5, 3)] {
            let value = function(a, b), gradients = function.gradients(a, b)
            if !value.isFinite || !gradients.a.isFinite || !gradients.b.isFinite {
                check.fail("\(spec.call(a, b)) = \(Spelling.float(value)), gradients (\(Spelling.float(gradients.a)), "
                           + "\(Spelling.float(gradients.b))): ordinary inputs must give ordinary numbers",
                           hint: Hints.notFinite)
            }
        }
    }

    /// `verifyNaNPropagation` as a check of its own.
    public func checkNaNPropagation(sourceLocation: SourceLocation = #_sourceLocation) {
        Check.run(sourceLocation: sourceLocation) { verifyNaNPropagation(into: &$0) }
    }

    /// f and both gradients at `count` random pairs drawn from `GRADE_SEED`, against the Double
    /// oracle: the gated input from `RandomPoints.activationInputs` (every scale from 1e-30 to
    /// 1e6), the linear one uniform in [−10, 10].
    public func verifyRandomPoints(count: Int = 400, into check: inout Check) {
        guard let seed = GradeSeed.current(for: &check) else { return }
        var random = RandomPoints(seed: seed, stream: spec.symbol)
        let pairs: [(a: Float, b: Float)] = random.activationInputs(count: count).map { g in
            let v = random.uniform(-10...10)
            return spec.gated == .a ? (g, v) : (v, g)
        }
        function.prefetch(pairs)
        for (a, b) in pairs {
            let g = spec.gated == .a ? a : b
            compare(a, b, value: spec.expectedValue(a, b), gradients: spec.expectedGradients(a, b),
                    region: InputRegion.of(g), note: " [random point, GRADE_SEED=\(seed)]", into: &check)
        }
    }

    /// `verifyRandomPoints` as a check of its own.
    public func checkRandomPoints(count: Int = 400, sourceLocation: SourceLocation = #_sourceLocation) {
        Check.run(sourceLocation: sourceLocation) { verifyRandomPoints(count: count, into: &$0) }
    }
}
