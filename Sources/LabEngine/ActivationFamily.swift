import ActivationCore

/// Which failure mode of a hidden layer is worth watching, decided by probing the activation.
///
/// The engine trains any `Activation`, a student's included, so it cannot go by name. It looks
/// at the derivative far from the origin instead:
/// - `saturating` (sigmoid, tanh, arctan): |f′(±10)| is below 5% of |f′(0)| on both sides, so
///   large inputs stop the gradient; watch the saturated-unit fraction.
/// - `rectifier` (ReLU, leaky ReLU, PReLU, ELU, SELU, softplus, swish, GELU, mish):
///   f′(10) ≥ 0.5 but |f′(−10)| < 0.5 · f′(10), so negative inputs (nearly) stop it; watch the
///   dead-unit fraction.
/// - `other` (identity, binary step, anything else).
///
/// Both statistics are computed for every hidden layer whatever the family; the family only
/// says which of the two the articles discuss for that activation.
public enum ActivationFamily: String, Codable, Sendable, Hashable {
    case saturating
    case rectifier
    case other

    /// The family of `activation`, from its derivative at −10, 0 and 10.
    public init(probing activation: any Activation) {
        let left = abs(activation.derivative(-10))
        let centre = abs(activation.derivative(0))
        let right = abs(activation.derivative(10))
        if centre > 0, left < 0.05 * centre, right < 0.05 * centre {
            self = .saturating
        } else if right >= 0.5, left < 0.5 * right {
            self = .rectifier
        } else {
            self = .other
        }
    }

    /// The slope below which a unit counts as saturated on an example: 5% of the activation's
    /// steepest slope near the origin (the largest |f′| at −1, −0.5, 0, 0.5 and 1). For sigmoid
    /// that is 0.05 · 0.25, for tanh 0.05; for ReLU it flags exactly the inputs below zero.
    public static func saturationThreshold(of activation: any Activation) -> Float {
        let peak = [-1, -0.5, 0, 0.5, 1].map { abs(activation.derivative($0)) }.max() ?? 0
        return peak.isFinite ? 0.05 * peak : 0
    }
}
