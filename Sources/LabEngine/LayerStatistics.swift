/// One hidden layer over one epoch.
public struct LayerStatistics: Codable, Sendable {
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
}
