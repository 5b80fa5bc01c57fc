/// One row of a gated unit's reference table (`Tests/Fixtures/glu.tsv`, `swiglu.tsv`,
/// `geglu.tsv`): two inputs and the correctly rounded Float value and gradients there.
public struct GatedReferencePoint: Sendable {
    /// The region of the gated input (zero, kink, tiny, moderate, tail, overflow), or special
    /// when either input is ±∞ or NaN.
    public let region: String
    public let a: Float
    public let b: Float
    /// f(a, b), correctly rounded.
    public let value: Float
    /// ∂f/∂a and ∂f/∂b, correctly rounded.
    public let gradientA: Float
    public let gradientB: Float

    public init(region: String, a: Float, b: Float, value: Float, gradientA: Float, gradientB: Float) {
        self.region = region
        self.a = a
        self.b = b
        self.value = value
        self.gradientA = gradientA
        self.gradientB = gradientB
    }
}
