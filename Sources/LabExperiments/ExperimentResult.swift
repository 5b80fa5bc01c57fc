import Foundation

/// Everything one experiment produced: what `results.json` holds, and all the summaries and
/// charts are drawn from (so they can be redrawn without training again).
public struct ExperimentResult: Codable, Sendable {
    public var experiment: String
    public var title: String
    public var source: String
    public var notes: [String]
    /// The article's own numbers by series.
    public var reference: [String: Double]
    public var options: ExperimentOptions
    /// Which data each data set name stood for, e.g. "fashion-mnist" → "Fashion-MNIST (full,
    /// 60000/10000, /usr/share/datasets/fashion-mnist)".
    public var dataSources: [String: String]
    /// In the order they were planned, whatever order they finished in.
    public var runs: [RunResult]
    public var failures: [RunFailure]
    public var started: Date
    /// Wall-clock seconds for the whole experiment.
    public var seconds: Double
    /// Runs trained at the same time.
    public var jobs: Int

    public init(experiment: String, title: String, source: String, notes: [String],
                reference: [String: Double], options: ExperimentOptions,
                dataSources: [String: String], runs: [RunResult], failures: [RunFailure],
                started: Date, seconds: Double, jobs: Int) {
        self.experiment = experiment
        self.title = title
        self.source = source
        self.notes = notes
        self.reference = reference
        self.options = options
        self.dataSources = dataSources
        self.runs = runs
        self.failures = failures
        self.started = started
        self.seconds = seconds
        self.jobs = jobs
    }
}
