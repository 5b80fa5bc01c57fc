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

    private static let entries: [(name: String, make: @Sendable () -> any Activation)] = [
        ("identity", { Identity() }),
        ("binary-step", { BinaryStep() }),
        ("arctan", { ArcTan() }),
        ("sigmoid", { Sigmoid() }),
        ("tanh", { Tanh() }),
        ("relu", { ReLU() }),
        ("leaky-relu", { LeakyReLU() }),
        ("prelu", { PReLU() }),
        ("elu", { ELU() }),
        ("selu", { SELU() }),
        ("softplus", { Softplus() }),
        ("swish", { Swish() }),
        ("gelu", { GELU() }),
        ("mish", { Mish() }),
        ("custom", { CustomActivation() }),
        ("relu6", { ReLU6() }),
        ("hard-sigmoid", { HardSigmoid() }),
        ("hard-swish", { HardSwish() }),
    ]
}
