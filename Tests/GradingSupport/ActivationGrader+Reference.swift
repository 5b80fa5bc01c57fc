import Testing

extension ActivationGrader {
    /// f and f′ at every reference-table point of the given regions (`zero`, `tiny`, `kink`,
    /// `moderate`, `tail`, `overflow`, `special`). Lessons make one check per region, so that
    /// partial credit shows where a formula breaks down.
    public func verifyRegions(_ regions: [String], into check: inout Check) {
        function.prefetch(ReferenceTable.points(for: spec.name).filter { regions.contains($0.region) }.map(\.x))
        for region in regions {
            let points = ReferenceTable.points(for: spec.name).filter { $0.region == region }
            if points.isEmpty { Self.missingPoints(spec.name, region, into: &check) }
            for point in points {
                compare(point.x, value: point.value, derivative: point.derivative,
                        valueHint: hints.forValue(in: region),
                        derivativeHint: hints.forDerivative(in: region), into: &check)
            }
        }
    }

    /// One region's reference points as a check of its own.
    public func checkRegion(_ region: String, sourceLocation: SourceLocation = #_sourceLocation) {
        Check.run(sourceLocation: sourceLocation) { verifyRegions([region], into: &$0) }
    }

    /// f′ alone at the reference points of `regions`, held to `tolerance` with no absolute
    /// allowance: a separate, stricter check for derivatives whose textbook formula loses its
    /// relative accuracy in the tails (1 − σ, 1 − tanh²). The region checks forgive that loss;
    /// this check is where it costs its point, with a hint that names the cure.
    public func checkDerivativeRelativeAccuracy(
        in regions: [String], tolerance: Tolerance, hint: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        Check.run(sourceLocation: sourceLocation) { check in
            function.prefetch(ReferenceTable.points(for: spec.name).filter { regions.contains($0.region) }.map(\.x))
            for region in regions {
                let points = ReferenceTable.points(for: spec.name).filter { $0.region == region }
                if points.isEmpty { Self.missingPoints(spec.name, region, into: &check) }
                for point in points {
                    let slope = function.derivative(point.x)
                    if !tolerance.accepts(slope, point.derivative) {
                        check.fail("\(spec.callDerivative(point.x)): "
                                   + tolerance.describe(got: slope, expected: point.derivative),
                                   hint: hint)
                    }
                }
            }
        }
    }

    static func missingPoints(_ name: String, _ region: String, into check: inout Check) {
        check.fail("the reference table has no \(region) points for \(name)",
                   hint: "the kit's Tests/Fixtures are incomplete; tell your instructor")
    }
}
