import Testing

extension ActivationGrader {
    /// f and f′ at `count` random inputs drawn from `GRADE_SEED`, against the Double oracle.
    ///
    /// The inputs cover every scale from 1e-30 to 1e6 (see `RandomPoints.activationInputs`),
    /// so a formula that is only right on the reference table's points still loses here.
    public func verifyRandomPoints(count: Int = 400, into check: inout Check) {
        guard let seed = GradeSeed.current(for: &check) else { return }
        var random = RandomPoints(seed: seed, stream: spec.symbol)
        let inputs = random.activationInputs(count: count)
        function.prefetch(inputs)
        for x in inputs {
            let region = InputRegion.of(x)
            compare(x, value: spec.expectedValue(x), derivative: spec.expectedDerivative(x),
                    valueHint: hints.forValue(in: region),
                    derivativeHint: hints.forDerivative(in: region),
                    note: " [random point, GRADE_SEED=\(seed)]", into: &check)
        }
    }

    /// `verifyRandomPoints` as a check of its own.
    public func checkRandomPoints(count: Int = 400, sourceLocation: SourceLocation = #_sourceLocation) {
        Check.run(sourceLocation: sourceLocation) { verifyRandomPoints(count: count, into: &$0) }
    }
}
