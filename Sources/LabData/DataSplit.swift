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
