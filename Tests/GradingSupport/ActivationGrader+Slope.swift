import Testing

extension ActivationGrader {
    /// The step of the slope checks: a power of two, so that every grid point ± step is exact.
    public static var slopeStep: Float { 0x1p-7 }

    /// The slope-check inputs: multiples of 1/8 in [−8, 8], except within two steps of a kink.
    public func slopeInputs() -> [Float] {
        (-64...64).map { Float($0) / 8 }.filter { x in
            spec.kinks.allSatisfy { abs(x - $0) > 2 * Self.slopeStep }
        }
    }

    /// f′ against central differences of the student's own f, away from kinks: checks that the
    /// derivative is the derivative of *this* function, whatever the function's accuracy.
    public func verifySlope(into check: inout Check) {
        let h = Self.slopeStep
        let hint = hints.derivative["slope"] ?? Hints.slope
        let f = { (t: Float) in function(t) }
        let inputs = slopeInputs()
        function.prefetch(inputs.flatMap { [$0, $0 + h, $0 - h] })
        for x in inputs {
            let slope = Slope.central(f, at: x, step: h)
            let derivative = function.derivative(x)
            if !Slope.agrees(derivative, with: slope, noise: Slope.noise(f, at: x, step: h)) {
                let finite = derivative.isFinite && slope.isFinite
                check.fail(Slope.describe(spec.callDerivative(x), derivative: derivative,
                                          slope: slope, step: h),
                           hint: finite ? hint : Hints.notFinite)
            }
        }
    }

    /// `verifySlope` as a check of its own.
    public func checkSlope(sourceLocation: SourceLocation = #_sourceLocation) {
        Check.run(sourceLocation: sourceLocation) { verifySlope(into: &$0) }
    }
}
