/// Features of one data set, kept compact: images stay bytes and are normalised per batch.
///
/// 60,000 Fashion-MNIST images are 47 MB as bytes but 188 MB as `Float`s; converting only the
/// rows of the current mini-batch costs far less than the matrix products that follow.
public enum FeatureStorage: Sendable {
    /// Pixel intensities 0…255, read as `x / 255`.
    case bytes([UInt8])
    /// Values used as they are (the synthetic 2-D sets).
    case floats([Float])

    /// The number of stored values (examples × features).
    public var count: Int {
        switch self {
        case .bytes(let values): values.count
        case .floats(let values): values.count
        }
    }

    /// The values at `range`, in the same representation.
    func slice(_ range: Range<Int>) -> FeatureStorage {
        switch self {
        case .bytes(let values): .bytes(Array(values[range]))
        case .floats(let values): .floats(Array(values[range]))
        }
    }
}
