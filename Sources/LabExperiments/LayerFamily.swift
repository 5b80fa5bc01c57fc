/// Which failure a hidden layer's activation is prone to, as the trainer classifies it by
/// probing the derivative: it decides which of the two unit statistics a summary shows, since a
/// sigmoid unit that is "never positive" is not dead and a ReLU is not "saturated".
public enum LayerFamily: String, Codable, Sendable, Hashable {
    /// Sigmoid, tanh…: flat at both ends; watch the saturated fraction.
    case saturating
    /// ReLU and its relatives: (nearly) flat for negative inputs; watch the dead fraction.
    case rectifier
    /// Identity, binary step, anything else.
    case other
}
