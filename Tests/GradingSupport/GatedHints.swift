/// What a gated unit's failure message suggests, per region of the gated input, for the value
/// and for each of the two gradients (the two-input counterpart of `Hints`).
public struct GatedHints: Sendable {
    public var value: [String: String]
    public var gradientA: [String: String]
    public var gradientB: [String: String]
    public var valueFallback: String
    public var gradientAFallback: String
    public var gradientBFallback: String

    public init(
        value: [String: String] = [:], gradientA: [String: String] = [:],
        gradientB: [String: String] = [:], valueFallback: String,
        gradientAFallback: String, gradientBFallback: String
    ) {
        self.value = value
        self.gradientA = gradientA
        self.gradientB = gradientB
        self.valueFallback = valueFallback
        self.gradientAFallback = gradientAFallback
        self.gradientBFallback = gradientBFallback
    }

    public func forValue(in region: String) -> String { value[region] ?? valueFallback }
    public func forGradient(_ input: GatedSpec.Input, in region: String) -> String {
        input == .a ? gradientA[region] ?? gradientAFallback : gradientB[region] ?? gradientBFallback
    }
}
