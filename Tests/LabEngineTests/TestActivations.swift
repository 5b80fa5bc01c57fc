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
