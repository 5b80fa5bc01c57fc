import Foundation
import LabData

/// One of the articles' experiments: what it trains, and where it comes from.
///
/// An experiment only *describes* runs; `ExperimentRunner` trains them and `ExperimentReport`
/// writes what came out. The definitions live in `Experiment+Definitions.swift`, one per
/// article or exercise, each citing its source and saying where it departs from it.
public struct Experiment: Sendable {
    /// The word on the command line, e.g. "relu-vs-sigmoid".
    public let name: String
    /// The heading of its summary and page.
    public let title: String
    /// One line for `lab experiment list`.
    public let summary: String
    /// Which article (and section) the experiment reproduces, and what it claims.
    public let source: String
    /// The article's own results by series, e.g. ["relu": 0.875, "sigmoid": 0.872].
    public let reference: [String: Double]
    /// Where the kit's run differs from the article, and why; printed in every summary.
    public let notes: [String]
    /// The configurations at the first seed, already shrunk when `options.quick` is set.
    private let configurations: @Sendable (ExperimentOptions) -> [RunSpec]

    public init(name: String, title: String, summary: String, source: String,
                reference: [String: Double] = [:], notes: [String] = [],
                configurations: @escaping @Sendable (ExperimentOptions) -> [RunSpec]) {
        self.name = name
        self.title = title
        self.summary = summary
        self.source = source
        self.reference = reference
        self.notes = notes
        self.configurations = configurations
    }

    /// The configurations, before seeds and the `--epochs` override are applied.
    public func baseRuns(_ options: ExperimentOptions) -> [RunSpec] {
        configurations(options)
    }

    /// Every run to train: each configuration once per seed (seed-major within a configuration
    /// so that a configuration's runs finish together), with `--epochs` applied.
    public func runs(_ options: ExperimentOptions) -> [RunSpec] {
        configurations(options).flatMap { base in
            (0..<UInt64(max(options.seeds, 1))).map { offset in
                var spec = base
                spec.seed = options.seed &+ offset
                if let epochs = options.epochs { spec.epochs = epochs }
                return spec
            }
        }
    }
}

extension Experiment {
    /// Every experiment in the order `lab experiment all` runs them: the articles' two
    /// comparisons first, then the student's activation, then the exercises the third article
    /// leaves open (depth, mixtures) and the 2-D pictures.
    public static let all: [Experiment] = [
        .reluVersusSigmoid, .compareActivations, .custom, .depth, .remedies, .adaptive, .mixed, .boundaries,
    ]

    /// The experiment called `name`, or nil.
    public static func named(_ name: String) -> Experiment? {
        all.first { $0.name == name }
    }
}

/// The command line's choices that apply to any experiment.
public struct ExperimentOptions: Codable, Sendable, Hashable {
    /// How many seeds each configuration is trained with: `seed`, `seed + 1`, …
    public var seeds: Int
    /// Shrinks the experiment to a classroom demo of under a minute.
    public var quick: Bool
    /// Replaces the experiment's data set (a `DataLoader` name); nil keeps the articles' one.
    public var dataset: String?
    /// Where IDX files are looked for (`--data-dir`); nil for the kit's default places.
    public var dataDirectory: String?
    /// Replaces every run's epoch count.
    public var epochs: Int?
    /// The first seed.
    public var seed: UInt64
    /// Runs trained at the same time; nil lets the runner choose from the network size.
    public var jobs: Int?

    public init(seeds: Int = 1, quick: Bool = false, dataset: String? = nil,
                dataDirectory: String? = nil, epochs: Int? = nil, seed: UInt64 = 1,
                jobs: Int? = nil) {
        self.seeds = seeds
        self.quick = quick
        self.dataset = dataset
        self.dataDirectory = dataDirectory
        self.epochs = epochs
        self.seed = seed
        self.jobs = jobs
    }

    /// The image data set of an experiment: `--dataset` when given; else, with `--data-dir`,
    /// the folder's name (so `--data-dir ~/data/mnist` is called "mnist"); else the article's.
    func imageDataset(default articleDefault: String) -> String {
        if let dataset { return dataset }
        guard let dataDirectory else { return articleDefault }
        let name = (dataDirectory as NSString).standardizingPath.split(separator: "/").last.map(String.init)
        return name?.lowercased() ?? articleDefault
    }

    /// The grid on which a run's decision boundary is sampled: only the 2-D synthetic sets
    /// have a plane to draw.
    func boundaryResolution(for dataset: String) -> Int? {
        SyntheticShape(rawValue: dataset) == nil ? nil : (quick ? 48 : 80)
    }
}
