/// A labelled data set: `count` examples of `featureCount` features each, row-major.
public struct Dataset: Sendable {
    /// E.g. "Fashion-MNIST train".
    public let name: String
    /// The number of examples.
    public let count: Int
    /// 784 for 28×28 images, 2 for the 2-D sets.
    public let featureCount: Int
    /// Labels run from 0 to `classCount - 1`.
    public let classCount: Int
    public let labels: [UInt8]
    public let storage: FeatureStorage

    /// A data set of `labels.count` examples whose features are `storage`, row-major.
    ///
    /// The sizes must agree and every label must be below `classCount`: loaders check their
    /// input and report a `DataError` before they get here, so a violation is a programming error.
    public init(name: String, featureCount: Int, classCount: Int, labels: [UInt8], storage: FeatureStorage) {
        precondition(featureCount > 0 && classCount > 0, "a data set needs features and classes")
        precondition(storage.count == labels.count * featureCount,
                     "\(storage.count) feature values for \(labels.count) examples of \(featureCount)")
        precondition(labels.allSatisfy { Int($0) < classCount }, "a label is not below \(classCount)")
        self.name = name
        self.count = labels.count
        self.featureCount = featureCount
        self.classCount = classCount
        self.labels = labels
        self.storage = storage
    }

    /// Writes the features of `rows` (in that order) into `buffer`, row-major, featureCount
    /// floats per row; bytes are scaled to [0, 1] (x / 255), floats copied as they are.
    ///
    /// This is how a trainer builds a mini-batch: the whole set is never converted to floats.
    public func copyFeatures(rows: some Collection<Int>, into buffer: UnsafeMutablePointer<Float>) {
        let width = featureCount
        var output = buffer
        switch storage {
        case .bytes(let values):
            values.withUnsafeBufferPointer { source in
                for row in rows {
                    precondition(row >= 0 && row < count, "row \(row) outside 0..<\(count)")
                    let start = row * width
                    for column in 0..<width {
                        output[column] = Float(source[start + column]) / 255
                    }
                    output += width
                }
            }
        case .floats(let values):
            values.withUnsafeBufferPointer { source in
                for row in rows {
                    precondition(row >= 0 && row < count, "row \(row) outside 0..<\(count)")
                    output.update(from: source.baseAddress! + row * width, count: width)
                    output += width
                }
            }
        }
    }

    /// The examples in `range` (a copy of their bytes: cheap next to training on them).
    public func slice(_ range: Range<Int>) -> Dataset {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "\(range) outside 0..<\(count)")
        return Dataset(name: name, featureCount: featureCount, classCount: classCount,
                       labels: Array(labels[range]),
                       storage: storage.slice(range.lowerBound * featureCount..<range.upperBound * featureCount))
    }

    /// Keras' validation_split: the LAST `fraction` of the examples becomes validation.
    ///
    /// As in Keras, the training part is the first `Int(count × (1 − fraction))` examples, taken
    /// before any shuffling, so the split is the same in every run. `fraction` must be in [0, 1).
    public func splitLast(fraction: Double) -> (train: Dataset, validation: Dataset) {
        precondition(fraction >= 0 && fraction < 1, "validation fraction \(fraction) outside [0, 1)")
        let boundary = Int(Double(count) * (1 - fraction))
        let train = slice(0..<boundary)
        let validation = slice(boundary..<count)
        return (train.renamed("\(name) (first \(boundary))"),
                validation.renamed("\(name) (last \(count - boundary), validation)"))
    }

    /// How many examples each class has, indexed by label.
    public var classCounts: [Int] {
        var counts = [Int](repeating: 0, count: classCount)
        for label in labels { counts[Int(label)] += 1 }
        return counts
    }

    private func renamed(_ newName: String) -> Dataset {
        Dataset(name: newName, featureCount: featureCount, classCount: classCount, labels: labels, storage: storage)
    }
}

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

/// A training set and a test set, and where they came from.
public struct DataSplit: Sendable {
    public let train: Dataset
    public let test: Dataset
    /// Says which data was used, for every output: e.g. "Fashion-MNIST (full, 60000/10000,
    /// /usr/share/datasets/fashion-mnist)" or "Fashion-MNIST subset shipped with the kit
    /// (6000/1000, …/Data/fashion-mnist-subset)" or "synthetic spiral (seed 1)".
    public let source: String

    public init(train: Dataset, test: Dataset, source: String) {
        self.train = train
        self.test = test
        self.source = source
    }
}
