/// One row of an activation's reference table (`Tests/Fixtures/<name>.tsv`): an input and the
/// correctly rounded Float values of the function and its derivative there.
public struct ReferencePoint: Sendable {
    /// Where the input lies: zero, tiny, kink, moderate, tail, overflow or special.
    public let region: String
    /// The input, a Float.
    public let x: Float
    /// f(x), correctly rounded (NaN, ±∞ where that is the right answer).
    public let value: Float
    /// f′(x), correctly rounded; the left derivative at a kink.
    public let derivative: Float
    /// ∂f/∂α for PReLU (the only table with a fifth column); nil elsewhere.
    public let alphaGradient: Float?

    public init(region: String, x: Float, value: Float, derivative: Float, alphaGradient: Float?) {
        self.region = region
        self.x = x
        self.value = value
        self.derivative = derivative
        self.alphaGradient = alphaGradient
    }
}
