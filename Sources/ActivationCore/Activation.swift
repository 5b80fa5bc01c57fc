/// A scalar activation function together with its derivative.
///
/// Every activation in the kit, whether a student's Exercise, a reference Solution or a
/// `CustomActivation`, conforms to this protocol, so the same value can be graded, printed by
/// `lab values` and trained inside a real network by `lab train`.
///
/// Conventions every conformer follows:
/// - At a kink, `derivative` returns the **left** derivative, as PyTorch does
///   (ReLU′(0) = 0, LeakyReLU′(0) = α, ELU′(0) = α, SELU′(0) = λα; TensorFlow agrees for ReLU
///   and Leaky ReLU but gives ELU′(0) = 1 and SELU′(0) = λ). At a jump there is no left
///   derivative; BinaryStep′ ≡ 0 is the slope of its flat pieces.
/// - At ±∞ both the value and the derivative return their limits.
/// - NaN in gives NaN out, for the value and the derivative alike.
public protocol Activation: Sendable {
    /// f(x).
    func callAsFunction(_ x: Float) -> Float
    /// f′(x), the derivative with respect to the input.
    func derivative(_ x: Float) -> Float
}

/// An activation that is evaluated many inputs at a time rather than one by one.
///
/// The grader's stand-in for a student's activation is one: its values come from another
/// process, where one round trip per input would cost more than the arithmetic. The engine
/// notices the conformance and asks for a whole layer's pre-activations at once; the scalar
/// methods still work, one input at a time.
public protocol BatchActivation: Activation {
    /// f and f′ at every input, in order: two arrays of `inputs.count` entries each.
    func evaluate(_ inputs: [Float]) -> (values: [Float], derivatives: [Float])
}

/// An activation with one parameter that training learns, one value per unit: PReLU's slope α
/// (He et al. 2015), Swish's β (Ramachandran et al. 2017).
///
/// The engine keeps a parameter per unit of a layer, builds the function for each unit with
/// `with(parameter:)`, and trains the parameters with the weights' optimizer from
/// ∂L/∂p = Σ over the batch of ∂L/∂f · ∂f/∂p, which is why the lesson's own ∂f/∂p is needed: a
/// wrong `parameterGradient` trains the parameter the wrong way, exactly as a wrong derivative
/// trains the weights the wrong way.
public protocol LearnableActivation: Activation {
    /// The parameter's name in reports and charts: "alpha", "beta".
    static var parameterName: String { get }
    /// The parameter this value computes with.
    var parameter: Float { get }
    /// The same function with another value of the parameter.
    func with(parameter: Float) -> Self
    /// ∂f/∂p at x, the derivative with respect to the parameter (not the input).
    func parameterGradient(_ x: Float) -> Float
}
