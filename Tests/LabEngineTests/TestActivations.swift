import ActivationCore
import ActivationCatalog
import Foundation

/// Activations written out in the tests, so the engine's tests run even while the lessons are
/// stubs, and the catalog's list for when the Solutions are built.
enum TestActivations {
    struct Sigmoid: Activation {
        func callAsFunction(_ x: Float) -> Float { 1 / (1 + exp(-x)) }
        func derivative(_ x: Float) -> Float { let s = self(x); return s * (1 - s) }
    }

    struct Tanh: Activation {
        func callAsFunction(_ x: Float) -> Float { tanh(x) }
        func derivative(_ x: Float) -> Float { 1 - tanh(x) * tanh(x) }
    }

    struct ReLU: Activation {
        func callAsFunction(_ x: Float) -> Float { max(0, x) }
        func derivative(_ x: Float) -> Float { x > 0 ? 1 : 0 }
    }

    /// PReLU with a learned α, written out (value, input slope and ∂f/∂α).
    struct PReLU: LearnableActivation {
        static let parameterName = "alpha"
        var parameter: Float = 0.25
        func with(parameter: Float) -> PReLU { PReLU(parameter: parameter) }
        func callAsFunction(_ x: Float) -> Float { x > 0 ? x : parameter * x }
        func derivative(_ x: Float) -> Float { x > 0 ? 1 : parameter }
        func parameterGradient(_ x: Float) -> Float { x > 0 ? 0 : x }
    }

    /// Swish x·σ(βx) with a learned β: f′ = σ(βx) + βx·σ(βx)σ(−βx), ∂f/∂β = x²·σ(βx)σ(−βx).
    struct Swish: LearnableActivation {
        static let parameterName = "beta"
        var parameter: Float = 1
        func with(parameter: Float) -> Swish { Swish(parameter: parameter) }
        private func sigmoid(_ t: Float) -> Float { 1 / (1 + exp(-t)) }
        func callAsFunction(_ x: Float) -> Float { x * sigmoid(parameter * x) }
        func derivative(_ x: Float) -> Float {
            let t = parameter * x
            return sigmoid(t) + t * sigmoid(t) * sigmoid(-t)
        }
        func parameterGradient(_ x: Float) -> Float { x * x * sigmoid(parameter * x) * sigmoid(-parameter * x) }
    }

    /// What a lesson's stub does: NaN for everything.
    struct Stub: Activation {
        func callAsFunction(_ x: Float) -> Float { .nan }
        func derivative(_ x: Float) -> Float { .nan }
    }

    /// Whether the catalog holds real activations (KIT_IMPL=solutions) rather than NaN stubs.
    static let solutionsBuilt: Bool = {
        guard let relu = ActivationCatalog.activation(named: "relu") else { return false }
        return relu(2) == 2
    }()

    /// Every built-in activation the brief asks the gradient check to cover (all differentiable
    /// away from their kinks; binary-step and the student's custom one are left out).
    static let catalogNames = ["sigmoid", "tanh", "relu", "leaky-relu", "prelu", "elu", "selu",
                               "softplus", "swish", "gelu", "mish", "arctan", "identity"]
}
