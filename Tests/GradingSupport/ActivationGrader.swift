import ActivationCore
import Testing

/// Grades one `Activation` against its `ActivationSpec`.
///
/// Each `verify…(into:)` method adds its failures to a `Check`, so that a lesson's `@Test` can
/// combine several into one graded check; each `check…()` method is the same as a complete
/// check of its own. Failures follow the grading contract through `Check`.
public struct ActivationGrader<F: Activation>: Sendable {
    public let function: F
    public let spec: ActivationSpec
    public let hints: Hints

    public init(_ function: F, _ spec: ActivationSpec, hints: Hints) {
        self.function = function
        self.spec = spec
        self.hints = hints
    }

    /// Compares f(x) and f′(x) at one input with the expected values, recording a failure for
    /// each that is off; returns whether both were right.
    ///
    /// NaN or ±∞ for an ordinary input (|x| ≤ 10) gets the "must be finite" hint instead of the
    /// given one: there it means an unfinished function or a 0/0, not a subtle numerical issue.
    @discardableResult
    public func compare(
        _ x: Float, value expectedValue: Float, derivative expectedDerivative: Float,
        valueHint: String, derivativeHint: String, note: String = "", into check: inout Check
    ) -> Bool {
        var correct = true
        let got = function(x)
        let valueTolerance = spec.valueTolerance(x)
        if !valueTolerance.accepts(got, expectedValue) {
            check.fail("\(spec.call(x)): \(valueTolerance.describe(got: got, expected: expectedValue))\(note)",
                       hint: Self.hint(valueHint, x: x, got: got, expected: expectedValue))
            correct = false
        }
        let slope = function.derivative(x)
        let derivativeTolerance = spec.derivativeTolerance(x)
        if !derivativeTolerance.accepts(slope, expectedDerivative) {
            check.fail(
                "\(spec.callDerivative(x)): \(derivativeTolerance.describe(got: slope, expected: expectedDerivative))\(note)",
                hint: Self.hint(derivativeHint, x: x, got: slope, expected: expectedDerivative))
            correct = false
        }
        return correct
    }

    /// f and f′ at the given inputs against the oracle, with the given hints.
    public func verifyOracle(
        at inputs: [Float], valueHint: String, derivativeHint: String, into check: inout Check
    ) {
        function.prefetch(inputs)
        for x in inputs {
            compare(x, value: spec.expectedValue(x), derivative: spec.expectedDerivative(x),
                    valueHint: valueHint, derivativeHint: derivativeHint, into: &check)
        }
    }

    /// `verifyOracle` as a check of its own.
    public func checkOracle(
        at inputs: [Float], valueHint: String, derivativeHint: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        Check.run(sourceLocation: sourceLocation) { check in
            verifyOracle(at: inputs, valueHint: valueHint, derivativeHint: derivativeHint, into: &check)
        }
    }

    private static func hint(_ hint: String, x: Float, got: Float, expected: Float) -> String {
        let ordinary = x.isFinite && x.magnitude <= 10
        return ordinary && expected.isFinite && !got.isFinite ? Hints.notFinite : hint
    }
}
