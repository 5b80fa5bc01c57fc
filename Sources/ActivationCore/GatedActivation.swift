/// A gated linear unit: an elementwise function of two inputs, f(a, b), such as
/// GLU(a, b) = a · σ(b), together with its two partial derivatives.
///
/// In a Transformer feed-forward layer the two inputs are two linear projections of the same
/// vector, a = xW and b = xV, and the unit is applied entry by entry; the gradient of a loss L
/// then reaches both projections, ∂L/∂a = ∂L/∂f · ∂f/∂a and ∂L/∂b = ∂L/∂f · ∂f/∂b. That is why
/// a gated unit has two gradients where an `Activation` has one derivative.
///
/// Conventions every conformer follows (the `Activation` ones, for two inputs):
/// - Each unit documents which input goes through its non-linearity; the other enters linearly.
/// - An infinite input with the other finite gives the limit as that input alone grows.
/// - NaN in either input gives NaN in the value and in both gradients, even in a gradient whose
///   formula does not mention that input (∂(a·σ(b))/∂a = σ(b) does not contain a).
public protocol GatedActivation: Sendable {
    /// f(a, b).
    func callAsFunction(_ a: Float, _ b: Float) -> Float
    /// (∂f/∂a, ∂f/∂b) at (a, b).
    func gradients(_ a: Float, _ b: Float) -> (a: Float, b: Float)
}
