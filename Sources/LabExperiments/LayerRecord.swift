/// What one layer looked like during one epoch.
public struct LayerRecord: Codable, Sendable, Hashable {
    /// Mean over the epoch's steps of the L2 norm of the layer's weight gradient: how strongly
    /// the loss still pulls on the layer. Orders of magnitude below the other layers' values
    /// means vanishing gradients.
    public var meanGradientNorm: Double
    /// Fraction of the layer's units that never activated (derivative 0 for every example):
    /// dead ReLUs.
    public var deadFraction: Double
    /// Fraction of the layer's activations in a flat region of the activation (derivative
    /// below a small threshold): saturated sigmoid/tanh units.
    public var saturatedFraction: Double
    public var family: LayerFamily

    public init(meanGradientNorm: Double, deadFraction: Double, saturatedFraction: Double,
                family: LayerFamily) {
        self.meanGradientNorm = meanGradientNorm
        self.deadFraction = deadFraction
        self.saturatedFraction = saturatedFraction
        self.family = family
    }
}
