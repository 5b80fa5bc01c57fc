/// One hidden layer over one epoch.
public struct LayerStatistics: Codable, Sendable, Hashable {
    /// What `deadFraction` and `saturatedFraction` count, in words for reports.
    public static let definitions = "Dead = units whose pre-activation was never positive on any training example of the epoch (for leaky ReLU such a unit still passes a small gradient); saturated = units whose slope |f′(z)| was below 5% of the activation's peak slope on at least 95% of the epoch's examples."

    /// 1-based hidden layer, input side first.
    public var layer: Int
    public var activation: String
    public var family: ActivationFamily
    /// ‖∂L/∂W‖ (Frobenius) of the layer's weights, averaged over the epoch's steps.
    public var meanGradientNorm: Double
    /// Units whose pre-activation was never > 0 on any training example of the epoch.
    public var deadFraction: Double
    /// Units with |f′(z)| below 5% of the activation's peak slope near 0 on at least 95% of the
    /// epoch's training examples (see `ActivationFamily.saturationThreshold(of:)`).
    public var saturatedFraction: Double

    public init(layer: Int, activation: String, family: ActivationFamily, meanGradientNorm: Double,
                deadFraction: Double, saturatedFraction: Double) {
        self.layer = layer
        self.activation = activation
        self.family = family
        self.meanGradientNorm = meanGradientNorm
        self.deadFraction = deadFraction
        self.saturatedFraction = saturatedFraction
    }
}
