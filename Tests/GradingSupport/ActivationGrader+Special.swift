import Testing

extension ActivationGrader {
    /// f and f′ at ±∞ return their limits (the `Activation` protocol's rule).
    public func verifyLimits(into check: inout Check) {
        verifyOracle(at: [.infinity, -.infinity],
                     valueHint: hints.value["special"] ?? Hints.limits,
                     derivativeHint: hints.derivative["special"] ?? Hints.limits, into: &check)
    }

    /// `verifyLimits` as a check of its own.
    public func checkLimits(sourceLocation: SourceLocation = #_sourceLocation) {
        Check.run(sourceLocation: sourceLocation) { verifyLimits(into: &$0) }
    }

    /// NaN in gives NaN out for f and f′, while ordinary inputs give ordinary numbers.
    ///
    /// The second half is what makes the check fair: an unfinished stub returns NaN for
    /// everything and must not earn the points of a function that propagates NaN on purpose.
    public func verifyNaNPropagation(into check: inout Check) {
        function.prefetch([.nan, -.nan, -1.5, 0.75, 2])
        for x in [Float.nan, -Float.nan] {
            let value = function(x)
            if !value.isNaN {
                check.fail("\(spec.call(x)): got \(Spelling.float(value)), expected nan", hint: Hints.nan)
            }
            let slope = function.derivative(x)
            if !slope.isNaN {
                check.fail("\(spec.callDerivative(x)): got \(Spelling.float(slope)), expected nan",
                           hint: Hints.nan)
            }
        }
        for x: Float in [-1.5, 0.75, 2] {
            let value = function(x), slope = function.derivative(x)
            if !value.isFinite || !slope.isFinite {
                check.fail("\(spec.call(x)) = \(Spelling.float(value)) and \(spec.callDerivative(x)) = "
                           + "\(Spelling.float(slope)): an ordinary input must give ordinary numbers",
                           hint: Hints.notFinite)
            }
        }
    }

    /// `verifyNaNPropagation` as a check of its own.
    public func checkNaNPropagation(sourceLocation: SourceLocation = #_sourceLocation) {
        Check.run(sourceLocation: sourceLocation) { verifyNaNPropagation(into: &$0) }
    }
}
