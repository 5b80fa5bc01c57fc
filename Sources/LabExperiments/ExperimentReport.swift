import Foundation

/// Writes an experiment's folder: `results.json`, `summary.md`, `summary.csv`, the SVG charts
/// and an `index.html` that shows them together offline (one self-contained file: the charts
/// inline and interactive); and, above the folders of `lab experiment all`, an `index.html`
/// linking them. Markdown and HTML are two renderings of one `Summary` document.
public enum ExperimentReport {
    /// The files written, in the order written.
    @discardableResult
    public static func write(_ result: ExperimentResult, to directory: URL) throws -> [URL] {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw ExperimentError("cannot create \(directory.path): \(error.localizedDescription)")
        }
        var written: [URL] = []
        func save(_ data: Data, _ name: String) throws {
            let url = directory.appendingPathComponent(name)
            do {
                try data.write(to: url, options: .atomic)
            } catch {
                throw ExperimentError("cannot write \(url.path): \(error.localizedDescription)")
            }
            written.append(url)
        }
        try save(try json(result), "results.json")
        let charts = ExperimentCharts.render(result)
        for chart in charts {
            if let svg = chart.svg {
                try save(Data(svg.utf8), chart.file)
            } else {
                // Nothing to draw: no file, not even an old one from an earlier run.
                try? FileManager.default.removeItem(at: directory.appendingPathComponent(chart.file))
            }
        }
        let summary = Summary.document(result, figures: charts.enumerated().map { $1.figure(index: $0) })
        try save(Data(summary.markdown().utf8), "summary.md")
        try save(Data(CSVSummary.render(result).utf8), "summary.csv")
        try save(Data(summary.html().utf8), "index.html")
        return written
    }

    /// What the command line prints when an experiment ends, as Markdown.
    public static func headline(_ result: ExperimentResult) -> String {
        Document.markdown(Summary.headline(result))
    }

    /// Writes the `index.html` above the experiments' folders.
    public static func writeIndex(_ results: [ExperimentResult], to directory: URL) throws {
        let url = directory.appendingPathComponent("index.html")
        do {
            try Data(Summary.index(results).html().utf8).write(to: url, options: .atomic)
        } catch {
            throw ExperimentError("cannot write \(url.path): \(error.localizedDescription)")
        }
    }

    /// Pretty, key-sorted JSON (stable diffs between reruns); NaN and infinities, which JSON
    /// lacks, as the strings "nan", "inf" and "-inf" (a diverged run stays readable).
    public static func json(_ result: ExperimentResult) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try encoder.encode(result)
    }

    /// Reads `results.json` back (the inverse of `json`).
    public static func decode(_ data: Data) throws -> ExperimentResult {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try decoder.decode(ExperimentResult.self, from: data)
    }
}

/// `summary.csv`: one row per configuration with the numbers of `summary.md`, unformatted, for
/// a spreadsheet or pandas. Empty cells stand for "not applicable" (no spread for one run, no
/// verdict for the best configuration).
public enum CSVSummary {
    static let headers = [
        "experiment", "series", "variant", "dataset", "network", "activations", "epochs",
        "batch_size", "optimizer", "learning_rate", "initializer", "validation", "runs",
        "test_accuracy_mean", "test_accuracy_std", "test_loss_mean", "test_loss_std",
        "val_accuracy_mean", "dead_fraction", "saturated_fraction", "seconds_mean",
        "delta_vs_best", "noise_threshold", "verdict",
    ]

    public static func render(_ result: ExperimentResult) -> String {
        var lines = [headers.joined(separator: ",")]
        for group in VariantGroup.groups(ConfigurationSummary.group(result.runs)) {
            for configuration in group.configurations {
                let spec = configuration.spec
                let verdict = group.verdicts[spec.configurationKey]
                let fields: [String] = [
                    result.experiment, spec.series, spec.variant ?? "", spec.dataset,
                    configuration.architecture, spec.activations.joined(separator: ">"),
                    "\(spec.epochs)", "\(spec.batchSize)", spec.optimizer.rawValue,
                    number(spec.learningRate), spec.initializer.rawValue, spec.validation.description,
                    "\(configuration.runs.count)",
                    number(configuration.testAccuracy.mean), number(configuration.testAccuracy.standardDeviation),
                    number(configuration.testLoss.mean), number(configuration.testLoss.standardDeviation),
                    number(configuration.validationAccuracy?.mean),
                    number(configuration.deadFraction?.mean), number(configuration.saturatedFraction?.mean),
                    number(configuration.seconds.mean),
                    number(verdict?.difference), number(verdict?.threshold), verdict?.name ?? "best",
                ]
                lines.append(fields.map(escape).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Full precision, so nothing is lost on the way to a spreadsheet; empty for nil or NaN.
    private static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        return "\(value)"
    }

    /// RFC 4180: quote a field holding a comma, a quote or a line break, doubling its quotes.
    public static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// Why an experiment could not run, in one line for the command line.
public struct ExperimentError: Error, CustomStringConvertible, Sendable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}

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
