import LabData

/// How a layer's initial weights are drawn; biases always start at zero (as in Keras).
public enum WeightInitializer: String, Codable, Sendable, Hashable, CaseIterable {
    /// Glorot (Xavier) uniform, Keras' default: U(−l, l) with l = √(6 / (fan_in + fan_out)).
    case glorot
    /// He (Kaiming) uniform, Keras' `he_uniform`: U(−l, l) with l = √(6 / fan_in), which keeps
    /// the variance of ReLU pre-activations constant through depth. Uniform rather than normal so
    /// that both choices use the same simple, exactly reproducible draw.
    case he

    /// The half-width of the uniform distribution for a layer of `fanIn` inputs and `fanOut` units.
    func limit(fanIn: Int, fanOut: Int) -> Float {
        switch self {
        case .glorot: (6 / Float(fanIn + fanOut)).squareRoot()
        case .he: (6 / Float(fanIn)).squareRoot()
        }
    }

    /// One weight: U(−limit, limit) from the top 24 bits of the generator's next number.
    func draw(limit: Float, using generator: inout SeededGenerator) -> Float {
        (2 * generator.nextUnitFloat() - 1) * limit
    }
}
