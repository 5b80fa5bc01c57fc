/// Lesson 12's scalar activations. All three are piecewise rational, so a careful Float
/// implementation rounds at most twice (x + 3, then a product or /6): `tight` (4 ulps) with no
/// absolute allowance for the values, which is what makes x/6 + 1/2 (cancelling to garbage
/// just right of −3) lose points. Hard-swish′ is the exception below.
extension ActivationSpec {
    public static let relu6 = ActivationSpec(
        name: "relu6", symbol: "relu6",
        value: Oracle.relu6, derivative: Oracle.relu6Derivative, kinks: [0, 6])

    public static let hardSigmoid = ActivationSpec(
        name: "hard-sigmoid", symbol: "hardSigmoid",
        value: Oracle.hardSigmoid, derivative: Oracle.hardSigmoidDerivative, kinks: [-3, 3])

    /// Hard-swish′ = (x + 3)/6 + x/6 as the product rule gives it, or x/3 + 1/2 as PyTorch's
    /// backward kernel writes it, subtracts two numbers near ±1/4 (or ±1/2) around its zero at
    /// x = −3/2 and keeps only the absolute accuracy of those terms, a few times 2⁻²⁶. That is a
    /// textbook formula losing relative accuracy through no fault of the student, and f′ is a
    /// gradient factor there, so `oneMinusRounding` is granted; (2x + 3)/6 would not need it.
    public static let hardSwish = ActivationSpec(
        name: "hard-swish", symbol: "hardSwish",
        value: Oracle.hardSwish, derivative: Oracle.hardSwishDerivative,
        derivativeTolerance: { _ in Tolerance.tight.orAbsolute(Tolerance.oneMinusRounding) },
        kinks: [-3, 3])
}
