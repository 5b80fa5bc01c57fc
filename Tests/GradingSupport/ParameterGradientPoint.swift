/// One row of a parameter-gradient table (`Tests/Fixtures/swish-beta.tsv`): a value of the
/// activation's parameter, an input, and the correctly rounded Float gradient of f with respect
/// to that parameter there (for `swish-beta`: β, x and ∂f/∂β).
public struct ParameterGradientPoint: Sendable {
    /// Where the input lies: zero, tiny, kink, moderate, tail, overflow or special.
    public let region: String
    /// The parameter the function was built with, a Float (β).
    public let parameter: Float
    /// The input, a Float.
    public let x: Float
    /// ∂f/∂parameter at x, correctly rounded (NaN, ±∞ where that is the right answer).
    public let gradient: Float

    public init(region: String, parameter: Float, x: Float, gradient: Float) {
        self.region = region
        self.parameter = parameter
        self.x = x
        self.gradient = gradient
    }
}
