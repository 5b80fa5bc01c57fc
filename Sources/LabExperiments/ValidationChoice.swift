/// Which data the per-epoch validation numbers come from.
public enum ValidationChoice: Codable, Sendable, Hashable {
    /// The test set, as Keras' `validation_data=(x_test, y_test)` in the first article (which
    /// makes the "validation" curve a test curve).
    case testSet
    /// The last `fraction` of the training examples, as Keras' `validation_split`.
    case split(fraction: Double)
    /// No validation.
    case none

    /// For tables: "test set", "last 20% of train", "none".
    public var description: String {
        switch self {
        case .testSet: "test set"
        case .split(let fraction): "last \(Int((fraction * 100).rounded()))% of train"
        case .none: "none"
        }
    }
}
