/// How the weights start.
public enum InitializerChoice: String, Codable, Sendable, Hashable, CaseIterable {
    /// Glorot (Xavier) uniform: Keras' default for `Dense`, so the articles use it.
    case glorot
    /// He (Kaiming) normal: the variance that keeps ReLU activations from shrinking with depth.
    case he
}
