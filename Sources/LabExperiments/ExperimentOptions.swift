import Foundation
import LabData

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
