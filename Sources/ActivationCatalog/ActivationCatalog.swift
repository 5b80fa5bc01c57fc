import ActivationCore
import Lesson01WarmUp
import Lesson02Sigmoid
import Lesson03Tanh
import Lesson04ReLU
import Lesson05LeakyReLU
import Lesson06ELU
import Lesson07Softplus
import Lesson08SwishGELUMish
import Lesson11CustomActivation
import Lesson12HardAndGated

/// Every activation of the kit by its kebab-case name, as `lab values`, `lab train` and the
/// experiments spell them. (Lesson 12's gated units take two inputs, so they are
/// `GatedActivation`s, not `Activation`s, and are not listed here.) The instances come from whichever lessons were built: the
/// student's `Exercises/` by default, `Solutions/` with `KIT_IMPL=solutions`.
public enum ActivationCatalog {
    /// The names in teaching order.
    public static let names: [String] = entries.map(\.name)

    /// The activation called `name` with its default parameters, or nil for an unknown name.
    public static func activation(named name: String) -> (any Activation)? {
        entries.first { $0.name == name }?.make()
    }

    /// The activation called `name`; for an unknown name, an error that lists the known ones.
    public static func lookup(_ name: String) throws(UnknownActivation) -> any Activation {
        guard let activation = activation(named: name) else { throw UnknownActivation(name: name) }
        return activation
    }

    /// An activation name the catalog does not know.
    public struct UnknownActivation: Error, CustomStringConvertible, Sendable {
        public let name: String

        public init(name: String) {
            self.name = name
        }

        public var description: String {
            "unknown activation '\(name)'; choose one of \(ActivationCatalog.names.joined(separator: ", "))"
        }
    }

    /// Inputs spread over both sides of 0 and the usual range of pre-activations.
    private static let probes: [Float] = [-3, -0.5, 0.25, 2]

    /// Whether `activation` is still a lesson's stub: its value or derivative is NaN at ordinary
    /// inputs, where every real activation is finite (the stubs return `unimplemented()`, NaN).
    /// `lab train`, `lab plot`, `lab values`, `lab bench` and the experiments all ask this, so
    /// they agree on what "not implemented yet" means.
    public static func isStub(_ activation: any Activation) -> Bool {
        probes.contains { activation($0).isNaN || activation.derivative($0).isNaN }
    }

    /// What to tell a student whose activation `name` is still a stub.
    public static func stubAdvice(_ name: String) -> String {
        let lesson = name == "custom" ? "Exercises/11-custom-activation" : "its lesson in Exercises/"
        return "'\(name)' still returns NaN (\(lesson) is at its stub): implement it (see 'make grade') or build with KIT_IMPL=solutions for the reference"
    }

    private static let entries: [(name: String, make: @Sendable () -> any Activation)] = [
        ("identity", { Identity() }),
        ("binary-step", { BinaryStep() }),
        ("arctan", { ArcTan() }),
        ("sigmoid", { Sigmoid() }),
        ("tanh", { Tanh() }),
        ("relu", { ReLU() }),
        ("leaky-relu", { LeakyReLU() }),
        ("prelu", { LearnedPReLU(PReLU()) }),
        ("elu", { ELU() }),
        ("selu", { SELU() }),
        ("softplus", { Softplus() }),
        ("swish", { Swish() }),
        ("swish-learned", { LearnedSwish(Swish()) }),
        ("gelu", { GELU() }),
        ("mish", { Mish() }),
        ("custom", { CustomActivation() }),
        ("relu6", { ReLU6() }),
        ("hard-sigmoid", { HardSigmoid() }),
        ("hard-swish", { HardSwish() }),
    ]
}

/// PReLU as the trainer learns it: the lesson's `PReLU`, with α as the learned parameter and the
/// lesson's own `alphaGradient` as ∂f/∂α. As a plain `Activation` it is the lesson's PReLU with
/// its default α = 0.25 (PyTorch's initial value).
public struct LearnedPReLU: LearnableActivation {
    public static let parameterName = "alpha"
    public let base: PReLU

    public init(_ base: PReLU) { self.base = base }

    public var parameter: Float { base.alpha }
    public func with(parameter: Float) -> LearnedPReLU { LearnedPReLU(PReLU(alpha: parameter)) }
    public func callAsFunction(_ x: Float) -> Float { base(x) }
    public func derivative(_ x: Float) -> Float { base.derivative(x) }
    public func parameterGradient(_ x: Float) -> Float { base.alphaGradient(x) }
}

/// Swish-β as the trainer learns it (Ramachandran et al. 2017): the lesson's `Swish` with β as
/// the learned parameter, starting at 1, and the lesson's own `betaGradient` as ∂f/∂β. As a plain
/// `Activation` it is the lesson's Swish with β = 1.
public struct LearnedSwish: LearnableActivation {
    public static let parameterName = "beta"
    public let base: Swish

    public init(_ base: Swish) { self.base = base }

    public var parameter: Float { base.beta }
    public func with(parameter: Float) -> LearnedSwish { LearnedSwish(Swish(beta: parameter)) }
    public func callAsFunction(_ x: Float) -> Float { base(x) }
    public func derivative(_ x: Float) -> Float { base.derivative(x) }
    public func parameterGradient(_ x: Float) -> Float { base.betaGradient(x) }
}
