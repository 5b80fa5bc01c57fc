import LabEngine

/// An experiment's summary as a `Document`: the tables and verdicts of `summary.md`, of the
/// `index.html` beside it, and of what the command line prints when an experiment ends.
public enum Summary {
    /// Above this many configurations the per-epoch histories are left to results.json and the
    /// charts: thirty five-row tables help nobody.
    static let historyLimit = 8
    /// Runs longer than this (the 2-D playground's hundred epochs) are left to the charts.
    static let historyEpochLimit = 20

    /// The whole summary: the charts first, each with its reading, then the tables, the runs
    /// that failed or stopped, how the experiment was run, and its notes.
    public static func document(_ result: ExperimentResult, figures: [Document.Figure]) -> Document {
        let configurations = ConfigurationSummary.group(result.runs)
        let groups = VariantGroup.groups(configurations)
        var blocks: [Document.Block] = []
        if result.options.quick {
            blocks.append(.paragraph(quickModeWarning))
        }
        if !figures.isEmpty {
            blocks.append(.heading("Charts"))
            blocks += figures.map(Document.Block.figure)
        }
        blocks += groups.flatMap { accuracySection($0, result: result) }
        blocks += noiseSection(groups, seeds: result.options.seeds)
        blocks += pivotSection(configurations) ?? []
        if configurations.contains(where: { $0.spec.hiddenWidths.count > 1 }) {
            blocks += gradientSection(configurations)
        }
        blocks += learnedParameterSection(configurations)
        let histories = configurations.filter { $0.spec.epochs <= historyEpochLimit }
        if configurations.count <= historyLimit, !histories.isEmpty {
            blocks += historySection(histories)
        }
        if !result.failures.isEmpty {
            blocks += [.heading("Failed runs"),
                       .list(result.failures.map { "\($0.spec.configurationKey), seed \($0.spec.seed): \($0.message)" })]
        }
        let stopped = result.runs.filter { $0.message != nil }
        if !stopped.isEmpty {
            blocks += [.heading("Runs that stopped early"),
                       .list(stopped.map { "\($0.spec.configurationKey), seed \($0.spec.seed): \($0.message ?? "")" })]
        }
        blocks += [.heading("Setup")] + header(result, configurations: configurations)
        if !result.notes.isEmpty {
            blocks += [.heading("Notes"), .list(result.notes.map { Document.Text(stringLiteral: $0) })]
        }
        return Document(title: result.title, blocks: blocks)
    }

    /// The learned activation parameters at the end of training, per configuration and layer:
    /// the layer's mean and its smallest and largest unit (first seed), for PReLU's α and Swish's β.
    static func learnedParameterSection(_ configurations: [ConfigurationSummary]) -> [Document.Block] {
        var table = Document.Table(["configuration", "layer", "parameter", "mean", "smallest unit", "largest unit"], leftColumns: 3)
        for configuration in configurations {
            for layer in configuration.runs[0].epochs.last?.layers ?? [] {
                guard let (name, value) = layer.learnedParameter else { continue }
                table.append([configuration.spec.configurationKey, "\(layer.layer)", name == "alpha" ? "α" : "β",
                              String(format: "%.3f", value.mean), String(format: "%.3f", value.min), String(format: "%.3f", value.max)])
            }
        }
        guard !table.rows.isEmpty else { return [] }
        return [.heading("Learned activation parameters after the last epoch"), .table(table)]
    }

    /// What the command line prints when an experiment ends: the accuracy tables (the depth
    /// grid instead, when there are too many configurations to list) and the noise verdicts.
    public static func headline(_ result: ExperimentResult) -> [Document.Block] {
        let configurations = ConfigurationSummary.group(result.runs)
        let groups = VariantGroup.groups(configurations)
        var blocks: [Document.Block]
        if configurations.count > historyLimit, let pivot = pivotSection(configurations) {
            blocks = pivot
        } else {
            blocks = groups.flatMap { accuracySection($0, result: result) }
        }
        return blocks + noiseSection(groups, seeds: result.options.seeds)
    }

    /// The page above the experiments' folders: each experiment's headline, one level down,
    /// with links to its own page.
    public static func index(_ results: [ExperimentResult]) -> Document {
        let total = results.reduce(0) { $0 + $1.seconds }
        var blocks: [Document.Block] = [
            .paragraph("\(results.count) experiments, \(Format.duration(total)) of training. Each folder holds results.json, summary.md, summary.csv, the charts and its own index.html."),
        ]
        for result in results {
            blocks.append(.heading(result.title))
            blocks.append(.paragraph(.link("\(result.experiment)/index.html", to: "\(result.experiment)/index.html") + " · "
                                     + .link("summary.md", to: "\(result.experiment)/summary.md")))
            blocks += headline(result).map { $0.demoted(by: 1) }
        }
        return Document(title: "ActivationLab experiments", blocks: blocks)
    }

    private static func header(_ result: ExperimentResult, configurations: [ConfigurationSummary]) -> [Document.Block] {
        let seeds = max(result.options.seeds, 1)
        let first = result.options.seed
        let seedText = seeds == 1 ? "1 seed (\(first))" : "\(seeds) seeds (\(first)–\(first + UInt64(seeds - 1)))"
        var items: [Document.Text] = result.dataSources.sorted(by: { $0.key < $1.key }).map { "Data (\($0.key)): \($0.value)" }
        items.append("Runs: \(configurations.count) configurations × \(seedText) = \(result.runs.count + result.failures.count) runs, \(result.jobs) at a time, \(Format.duration(result.seconds)) in all")
        items += trainingLines(configurations.map(\.spec))
        if result.options.quick { items.append(quickModeWarning) }
        return [.paragraph(Document.Text(stringLiteral: result.source)), .list(items)]
    }

    /// "Glorot uniform", "He uniform", "LeCun truncated normal".
    static func initializerName(_ initializer: WeightInitializer) -> String {
        let name = switch initializer {
        case .glorot: "Glorot"
        case .he: "He"
        case .lecun: "LeCun"
        }
        return "\(name) \(initializer.distribution)"
    }

    private static let quickModeWarning: Document.Text =
        .strong("Quick mode") + ": a shrunk classroom demo (fewer examples and epochs), not the article's setting"

    /// One line per training setting, or one line when all configurations share it.
    private static func trainingLines(_ specs: [RunSpec]) -> [Document.Text] {
        func describe(_ spec: RunSpec) -> String {
            var text = "\(spec.epochs) epochs, batch \(spec.batchSize), \(spec.optimizer == .adam ? "Adam" : "SGD") (lr \(Format.number(spec.learningRate))), \(initializerName(spec.initializer)) init, validation: \(spec.validation.description)"
            if let limit = spec.trainLimit { text += ", first \(limit) training examples" }
            if let limit = spec.testLimit { text += ", first \(limit) test examples" }
            return text
        }
        var seen: [String] = []
        for spec in specs where !seen.contains(describe(spec)) { seen.append(describe(spec)) }
        return seen.map { "Training: \($0)" }
    }

    private static func accuracySection(_ group: VariantGroup, result: ExperimentResult) -> [Document.Block] {
        let hasReference = group.configurations.contains { result.reference[$0.spec.series] != nil }
        let hasValidation = group.configurations.contains { $0.validationAccuracy != nil }
        var headers = ["configuration", "network", "runs", "test accuracy", "test loss"]
        if hasValidation { headers.append("last val accuracy") }
        if hasReference { headers.append("article") }
        headers += ["Δ vs best", "noise"]
        var table = Document.Table(headers, alignments: headers.indices.map { $0 < 2 || $0 == headers.count - 1 ? .left : .right })
        for configuration in group.configurations {
            var row = [configuration.spec.series, configuration.architecture, "\(configuration.runs.count)",
                       Format.accuracy(configuration.testAccuracy), Format.number(configuration.testLoss)]
            if hasValidation { row.append(configuration.validationAccuracy.map(Format.accuracy) ?? "–") }
            if hasReference { row.append(result.reference[configuration.spec.series].map(Format.accuracy) ?? "–") }
            if let verdict = group.verdicts[configuration.spec.configurationKey] {
                row += [Format.signedPoints(verdict.difference), verdict.phrase]
            } else {
                row += ["best", ""]
            }
            table.append(row)
        }
        return [.heading(group.variant.map { "Test accuracy: \($0)" } ?? "Test accuracy"), .table(table)]
    }

    private static func noiseSection(_ groups: [VariantGroup], seeds: Int) -> [Document.Block] {
        var blocks: [Document.Block] = [.heading("Is the difference real?")]
        guard seeds >= 2 else {
            blocks.append(.paragraph("Single run: no error bars; the articles' 0.3-point gap is a single run too. A second seed can move an accuracy by a few tenths of a point, so rerun with "
                                     + .code("--seeds 5") + " before believing a small gap."))
            return blocks
        }
        blocks.append(.paragraph("± is the sample standard deviation over \(seeds) seeds. A difference counts only when |Δmean| ≥ 2·SE = 2·√(s₁²/n₁ + s₂²/n₂), twice the standard error of the difference."))
        var within: [Document.Text] = []
        for group in groups {
            let inside = group.configurations.filter {
                if case .withinNoise = group.verdicts[$0.spec.configurationKey] { return true }
                return false
            }
            guard !inside.isEmpty else { continue }
            let place = group.variant.map { " (\($0))" } ?? ""
            within.append("\(inside.map(\.spec.series).joined(separator: ", ")) vs \(group.best.spec.series)\(place): inside the noise; these runs cannot tell them apart.")
        }
        if !within.isEmpty { blocks.append(.list(within)) }
        return blocks
    }

    /// Series × variant accuracy grid, when the experiment sweeps a variant for several series.
    private static func pivotSection(_ configurations: [ConfigurationSummary]) -> [Document.Block]? {
        var variants: [String] = []
        var series: [String] = []
        for configuration in configurations {
            guard let variant = configuration.spec.variant else { return nil }
            if !variants.contains(variant) { variants.append(variant) }
            if !series.contains(configuration.spec.series) { series.append(configuration.spec.series) }
        }
        guard variants.count > 1, series.count > 1 else { return nil }
        var table = Document.Table(["test accuracy"] + variants)
        for name in series {
            table.append([name] + variants.map { variant in
                configurations.first { $0.spec.series == name && $0.spec.variant == variant }
                    .map { Format.accuracy($0.testAccuracy) } ?? "–"
            })
        }
        let sweep = variants.allSatisfy { $0.hasPrefix("depth ") } ? "depth" : "setting"
        return [.heading("Test accuracy by \(sweep)"), .table(table)]
    }

    private static func gradientSection(_ configurations: [ConfigurationSummary]) -> [Document.Block] {
        var table = Document.Table(["configuration", "‖∇W₁‖ start", "‖∇W_out‖ start", "ratio start",
                                    "‖∇W₁‖ end", "‖∇W_out‖ end", "ratio end", "dead", "saturated"])
        func norm(_ value: Double?) -> String { value.map(Format.scientific) ?? "–" }
        func ratio(_ norms: [Double]) -> String {
            guard let first = norms.first, let last = norms.last, last > 0 else { return "–" }
            return Format.scientific(first / last)
        }
        func fraction(_ statistics: SampleStatistics?) -> String {
            statistics.map { Format.percent($0.mean) } ?? "–"
        }
        for configuration in configurations {
            let start = configuration.initialGradientNorms, end = configuration.finalGradientNorms
            table.append([configuration.spec.configurationKey,
                          norm(start.first), norm(start.last), ratio(start),
                          norm(end.first), norm(end.last), ratio(end),
                          fraction(configuration.deadFraction), fraction(configuration.saturatedFraction)])
        }
        return [
            .heading("Gradient flow and dead units"),
            .paragraph("‖∇W₁‖ is the weight-gradient norm of the first hidden layer (next to the input). ‖∇W_out‖ is the output layer's, and ratio = ‖∇W₁‖ / ‖∇W_out‖. \"start\" is the very first training step; \"end\" is the mean over the steps of the last epoch. A ratio far below 1 means the gradient vanishes on its way to the input. \(LayerStatistics.definitions) Dead is shown for ReLU-like layers and saturated for sigmoid/tanh-like ones; \"–\" where the network has no such layer."),
            .table(table),
        ]
    }

    private static func historySection(_ configurations: [ConfigurationSummary]) -> [Document.Block] {
        var table = Document.Table(["configuration", "epoch", "train loss", "train accuracy", "val loss", "val accuracy", "seconds"])
        for configuration in configurations {
            let trainLoss = configuration.meanHistory { $0.trainLoss }
            let trainAccuracy = configuration.meanHistory { $0.trainAccuracy }
            let validationLoss = configuration.meanHistory { $0.valLoss }
            let validationAccuracy = configuration.meanHistory { $0.valAccuracy }
            let seconds = configuration.meanHistory { $0.seconds }
            for index in trainLoss.indices {
                table.append([configuration.spec.configurationKey, "\(index + 1)",
                              Format.number(trainLoss[index]), Format.accuracy(trainAccuracy[index]),
                              index < validationLoss.count ? Format.number(validationLoss[index]) : "–",
                              index < validationAccuracy.count ? Format.accuracy(validationAccuracy[index]) : "–",
                              index < seconds.count ? Format.duration(seconds[index]) : "–"])
            }
        }
        return [.heading("Training history (mean over seeds)"), .table(table)]
    }
}
