import ActivationCore
import GradingSupport

import Testing

extension SwishGELUMishGrading {
    /// Unlike ReLU, all three functions dip below 0 for negative x and have a minimum there:
    /// the derivative changes sign at the minimum, and the value there is the reference's.
    @Suite("the dip")
    struct Dip {
        /// Where f′(x) = 0 (found with mpmath), to Float precision.
        static let swishMinimum: Float = -1.27846454
        static let geluMinimum: Float = -0.751791525
        static let mishMinimum: Float = -1.19243121

        func verify<F: Activation>(_ function: F, _ spec: ActivationSpec, minimum: Float, hints: Hints,
                                   into check: inout Check) {
            let grader = ActivationGrader(function, spec, hints: hints)
            grader.verifyOracle(at: [minimum], valueHint: hints.forValue(in: "moderate"),
                                derivativeHint: hints.forDerivative(in: "moderate"), into: &check)
            let before = function.derivative(minimum - 0.0625), after = function.derivative(minimum + 0.0625)
            if !(before < 0 && after > 0) {
                check.fail("\(spec.symbol)′ should change sign at the minimum x ≈ \(Spelling.float(minimum)): "
                           + "got \(Spelling.float(before)) just before and \(Spelling.float(after)) just after",
                           hint: hints.derivativeFallback)
            }
        }

        @Test("swish, gelu and mish reach their minimum where the reference does [1 pt]")
        func minima() {
            Check.run { check in
                verify(Swish(), .swish, minimum: Self.swishMinimum, hints: .swish, into: &check)
                verify(GELU(), .gelu, minimum: Self.geluMinimum, hints: .gelu, into: &check)
                verify(Mish(), .mish, minimum: Self.mishMinimum, hints: .mish, into: &check)
            }
        }
    }
}
