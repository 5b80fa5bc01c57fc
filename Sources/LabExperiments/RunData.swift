import LabData

/// The data of one run, already cut to the run's limits and split for validation, so that an
/// executor only trains and never decides which examples it sees.
public struct RunData: Sendable {
    public let train: Dataset
    /// nil when the run validates on nothing.
    public let validation: Dataset?
    public let test: Dataset
    /// Which data this is, for every output (from `DataSplit.source`).
    public let source: String

    public init(train: Dataset, validation: Dataset?, test: Dataset, source: String) {
        self.train = train
        self.validation = validation
        self.test = test
        self.source = source
    }

    /// Applies `spec`'s limits (the first examples) and validation choice to a loaded split.
    /// The split comes after the limit, as Keras' `validation_split` takes the last part of
    /// whatever `fit` is given.
    public init(split: DataSplit, for spec: RunSpec) {
        let train = spec.trainLimit.map { split.train.slice(0..<min($0, split.train.count)) } ?? split.train
        let test = spec.testLimit.map { split.test.slice(0..<min($0, split.test.count)) } ?? split.test
        switch spec.validation {
        case .testSet:
            self.init(train: train, validation: test, test: test, source: split.source)
        case .split(let fraction):
            let parts = train.splitLast(fraction: fraction)
            self.init(train: parts.train, validation: parts.validation, test: test, source: split.source)
        case .none:
            self.init(train: train, validation: nil, test: test, source: split.source)
        }
    }
}
