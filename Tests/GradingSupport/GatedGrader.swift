import ActivationCore
import Testing

/// Grades one `GatedActivation` against its `GatedSpec`: the two-input counterpart of
/// `ActivationGrader`, with the same `verify…(into:)` / `check…()` pairs.
///
/// Every call into the student's code goes through `compare` and the few loops below, each a
/// plain `function(a, b)` or `function.gradients(a, b)`.
public struct GatedGrader<G: GatedActivation>: Sendable {
    public let function: G
    public let spec: GatedSpec
    public let hints: GatedHints

    public init(_ function: G, _ spec: GatedSpec, hints: GatedHints) {
        self.function = function
        self.spec = spec
        self.hints = hints
    }

    /// Compares f(a, b), ∂f/∂a and ∂f/∂b with the expected values, recording a failure for
    /// each that is off; returns whether all three were right. NaN or ±∞ for ordinary inputs
    /// (both finite, |·| ≤ 10) where a number is expected gets the "must be finite" hint.
    @discardableResult
    public func compare(
        _ a: Float, _ b: Float, value expectedValue: Float, gradients expected: (a: Float, b: Float),
        region: String, note: String = "", into check: inout Check
    ) -> Bool {
        compare(a, b, value: expectedValue, gradients: expected,
                valueHint: hints.forValue(in: region),
                gradientHints: (hints.forGradient(.a, in: region), hints.forGradient(.b, in: region)),
                note: note, into: &check)
    }

    /// `compare` with the hints given explicitly.
    @discardableResult
    public func compare(
        _ a: Float, _ b: Float, value expectedValue: Float, gradients expected: (a: Float, b: Float),
        valueHint: String, gradientHints: (a: String, b: String), note: String = "",
        into check: inout Check
    ) -> Bool {
        let ordinary = a.isFinite && b.isFinite && a.magnitude <= 10 && b.magnitude <= 10
        func hint(_ text: String, got: Float, expected: Float) -> String {
            ordinary && expected.isFinite && !got.isFinite ? Hints.notFinite : text
        }
        var correct = true
        let got = function(a, b)
        let tolerance = spec.valueTolerance(a, b)
        if !tolerance.accepts(got, expectedValue) {
            check.fail("\(spec.call(a, b)): \(tolerance.describe(got: got, expected: expectedValue))\(note)",
                       hint: hint(valueHint, got: got, expected: expectedValue))
            correct = false
        }
        let slopes = function.gradients(a, b)
        let tolerances = spec.gradientTolerances(a, b)
        for (input, slope, want, allowed, text) in [
            (GatedSpec.Input.a, slopes.a, expected.a, tolerances.a, gradientHints.a),
            (GatedSpec.Input.b, slopes.b, expected.b, tolerances.b, gradientHints.b),
        ] where !allowed.accepts(slope, want) {
            check.fail("\(spec.callGradient(input, a, b)): \(allowed.describe(got: slope, expected: want))\(note)",
                       hint: hint(text, got: slope, expected: want))
            correct = false
        }
        return correct
    }

    /// The reference-table rows of the given regions (of the gated input; `special` when an
    /// input is ±∞ or NaN), one check per region in the lessons.
    public func verifyRegions(_ regions: [String], into check: inout Check) {
        let table = ReferenceTable.gatedPoints(for: spec.name)
        function.prefetch(table.filter { regions.contains($0.region) }.map { ($0.a, $0.b) })
        for region in regions {
            let points = table.filter { $0.region == region }
            if points.isEmpty {
                check.fail("the reference table has no \(region) points for \(spec.name)",
                           hint: "the kit's Tests/Fixtures are incomplete; tell your instructor")
            }
            for point in points {
                compare(point.a, point.b, value: point.value, gradients: (point.gradientA, point.gradientB),
                        region: region, into: &check)
            }
        }
    }

    /// One region's reference rows as a check of its own.
    public func checkRegion(_ region: String, sourceLocation: SourceLocation = #_sourceLocation) {
        Check.run(sourceLocation: sourceLocation) { verifyRegions([region], into: &$0) }
    }

    /// f and both gradients at the given pairs against the oracle, with the given hints.
    public func verifyOracle(
        at pairs: [(a: Float, b: Float)], valueHint: String, gradientHints: (a: String, b: String),
        into check: inout Check
    ) {
        function.prefetch(pairs)
        for (a, b) in pairs {
            compare(a, b, value: spec.expectedValue(a, b), gradients: spec.expectedGradients(a, b),
                    valueHint: valueHint, gradientHints: gradientHints, into: &check)
        }
    }

    /// `verifyOracle` as a check of its own.
    public func checkOracle(
        at pairs: [(a: Float, b: Float)], valueHint: String, gradientHints: (a: String, b: String),
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        Check.run(sourceLocation: sourceLocation) {
            verifyOracle(at: pairs, valueHint: valueHint, gradientHints: gradientHints, into: &$0)
        }
    }
}
