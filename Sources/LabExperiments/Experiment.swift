/// One of the articles' experiments: what it trains, and where it comes from.
///
/// An experiment only *describes* runs; `ExperimentRunner` trains them and `ExperimentReport`
/// writes what came out. The definitions live in `Experiment+<Name>.swift`, one per file,
/// each citing the article it reproduces and saying where it departs from it.
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
