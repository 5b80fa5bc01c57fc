/// The shape of a network, as reports record it.
public struct NetworkDescription: Codable, Sendable, Equatable {
    /// Features per example (784 for Fashion-MNIST).
    public var inputCount: Int
    /// The width of every hidden layer, input side first.
    public var hiddenWidths: [Int]
    /// The activation name of every hidden layer.
    public var activations: [String]
    /// Output classes (the softmax width).
    public var classCount: Int
    public var initializer: WeightInitializer
    /// The seed of the initial weights.
    public var seed: UInt64
    /// Weights and biases, unpadded (784·128 + 128 + 128·10 + 10 = 101,770 for the first article).
    public var parameterCount: Int
}
