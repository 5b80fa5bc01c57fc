/// `summary.md`: the experiment's tables and verdicts, readable with `cat` and on GitHub.
public enum MarkdownSummary {
    /// Above this many configurations the per-epoch histories are left to results.json and the
    /// charts: thirty five-row tables help nobody.
    static let historyLimit = 8
    /// Runs longer than this (the 2-D playground's hundred epochs) are left to the charts.
    static let historyEpochLimit = 20

    public static func render(_ result: ExperimentResult, charts: [ChartFile]) -> String {
        let configurations = ConfigurationSummary.group(result.runs)
        let groups = VariantGroup.groups(configurations)
        var sections = [header(result, configurations: configurations)]
        sections += groups.map { accuracySection($0, result: result) }
        sections.append(noiseSection(groups, seeds: result.options.seeds))
        if let pivot = pivotSection(configurations) { sections.append(pivot) }
        if configurations.contains(where: { $0.spec.hiddenWidths.count > 1 }) {
            sections.append(gradientSection(configurations))
        }
        let histories = configurations.filter { $0.spec.epochs <= historyEpochLimit }
        if configurations.count <= historyLimit, !histories.isEmpty {
            sections.append(historySection(histories))
        }
        if !result.failures.isEmpty { sections.append(failureSection(result.failures)) }
        let stopped = result.runs.filter { $0.message != nil }
        if !stopped.isEmpty {
            sections.append("## Runs that stopped early\n\n" + stopped.map {
                "- \($0.spec.configurationKey), seed \($0.spec.seed): \($0.message ?? "")"
            }.joined(separator: "\n"))
        }
        if !result.notes.isEmpty {
            sections.append("## Notes\n\n" + result.notes.map { "- \($0)" }.joined(separator: "\n"))
        }
        if !charts.isEmpty {
            sections.append("## Charts\n\n" + charts.map { "- [\($0.caption)](\($0.file))" }.joined(separator: "\n"))
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    /// What the command line prints when an experiment ends: the accuracy tables (the depth
    /// grid instead, when there are too many configurations to list) and the noise verdicts.
    public static func headline(_ result: ExperimentResult) -> String {
        let configurations = ConfigurationSummary.group(result.runs)
        let groups = VariantGroup.groups(configurations)
        var sections: [String]
        if configurations.count > historyLimit, let pivot = pivotSection(configurations) {
            sections = [pivot]
        } else {
            sections = groups.map { accuracySection($0, result: result) }
        }
        sections.append(noiseSection(groups, seeds: result.options.seeds))
        return sections.joined(separator: "\n\n")
    }

    private static func header(_ result: ExperimentResult, configurations: [ConfigurationSummary]) -> String {
        let seeds = max(result.options.seeds, 1)
        let first = result.options.seed
        let seedText = seeds == 1 ? "1 seed (\(first))" : "\(seeds) seeds (\(first)–\(first + UInt64(seeds - 1)))"
        var lines = ["# \(result.title)", "", result.source, ""]
        for (name, source) in result.dataSources.sorted(by: { $0.key < $1.key }) {
            lines.append("- Data (\(name)): \(source)")
        }
        lines.append("- Runs: \(configurations.count) configurations × \(seedText) = \(result.runs.count + result.failures.count) runs, \(result.jobs) at a time, \(Format.duration(result.seconds)) in all")
        lines += trainingLines(configurations.map(\.spec))
        if result.options.quick {
            lines.append("- **Quick mode**: a shrunk classroom demo (fewer examples and epochs), not the article's setting")
        }
        return lines.joined(separator: "\n")
    }

    /// One line per training setting, or one line when all configurations share it.
    private static func trainingLines(_ specs: [RunSpec]) -> [String] {
        func describe(_ spec: RunSpec) -> String {
            var text = "\(spec.epochs) epochs, batch \(spec.batchSize), \(spec.optimizer == .adam ? "Adam" : "SGD") (lr \(Format.number(spec.learningRate))), \(spec.initializer == .glorot ? "Glorot" : "He") init, validation: \(spec.validation.description)"
            if let limit = spec.trainLimit { text += ", first \(limit) training examples" }
            if let limit = spec.testLimit { text += ", first \(limit) test examples" }
            return text
        }
        var seen: [String] = []
        for spec in specs where !seen.contains(describe(spec)) { seen.append(describe(spec)) }
        return seen.map { "- Training: \($0)" }
    }

    private static func accuracySection(_ group: VariantGroup, result: ExperimentResult) -> String {
        let hasReference = group.configurations.contains { result.reference[$0.spec.series] != nil }
        let hasValidation = group.configurations.contains { $0.validationAccuracy != nil }
        var headers = ["configuration", "network", "runs", "test accuracy", "test loss"]
        if hasValidation { headers.append("last val accuracy") }
        if hasReference { headers.append("article") }
        headers += ["Δ vs best", "noise"]
        var table = MarkdownTable(headers, alignments: headers.indices.map { $0 < 2 || $0 == headers.count - 1 ? .left : .right })
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
        let heading = group.variant.map { "## Test accuracy: \($0)" } ?? "## Test accuracy"
        return heading + "\n\n" + table.text
    }

    private static func noiseSection(_ groups: [VariantGroup], seeds: Int) -> String {
        var lines = ["## Is the difference real?", ""]
        if seeds < 2 {
            lines.append("Single run: no error bars; the articles' 0.3-point gap is a single run too. A second seed can move an accuracy by a few tenths of a point, so rerun with `--seeds 5` before believing a small gap.")
        } else {
            lines.append("± is the sample standard deviation over \(seeds) seeds. A difference counts only when |Δmean| ≥ 2·SE = 2·√(s₁²/n₁ + s₂²/n₂), twice the standard error of the difference.")
            for group in groups {
                let within = group.configurations.filter {
                    if case .withinNoise = group.verdicts[$0.spec.configurationKey] { return true }
                    return false
                }
                guard !within.isEmpty else { continue }
                let place = group.variant.map { " (\($0))" } ?? ""
                lines.append("")
                lines.append("- \(within.map(\.spec.series).joined(separator: ", ")) vs \(group.best.spec.series)\(place): inside the noise; these runs cannot tell them apart.")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Series × variant accuracy grid, when the experiment sweeps a variant for several series.
    private static func pivotSection(_ configurations: [ConfigurationSummary]) -> String? {
        var variants: [String] = []
        var series: [String] = []
        for configuration in configurations {
            guard let variant = configuration.spec.variant else { return nil }
            if !variants.contains(variant) { variants.append(variant) }
            if !series.contains(configuration.spec.series) { series.append(configuration.spec.series) }
        }
        guard variants.count > 1, series.count > 1 else { return nil }
        var table = MarkdownTable(["test accuracy"] + variants, alignments: [.left] + variants.map { _ in .right })
        for name in series {
            table.append([name] + variants.map { variant in
                configurations.first { $0.spec.series == name && $0.spec.variant == variant }
                    .map { Format.accuracy($0.testAccuracy) } ?? "–"
            })
        }
        return "## Test accuracy by \(variants.allSatisfy { $0.hasPrefix("depth ") } ? "depth" : "setting")\n\n" + table.text
    }

    private static func gradientSection(_ configurations: [ConfigurationSummary]) -> String {
        let headers = ["configuration", "‖∇W₁‖ start", "‖∇W_out‖ start", "ratio start",
                       "‖∇W₁‖ end", "‖∇W_out‖ end", "ratio end", "dead", "saturated"]
        var table = MarkdownTable(headers, alignments: [.left] + Array(repeating: .right, count: headers.count - 1))
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
        return """
            ## Gradient flow and dead units

            ‖∇W₁‖ is the weight-gradient norm of the first hidden layer (next to the input). ‖∇W_out‖ is the output layer's, and ratio = ‖∇W₁‖ / ‖∇W_out‖. "start" is the very first training step; "end" is the mean over the steps of the last epoch. A ratio far below 1 means the gradient vanishes on its way to the input. Dead = units of ReLU-like layers that never activated in the last epoch; saturated = units of sigmoid/tanh-like layers stuck on a flat part (nearly zero slope) for 95% of the examples; "–" where the network has no such layer.

            \(table.text)
            """
    }

    private static func historySection(_ configurations: [ConfigurationSummary]) -> String {
        var table = MarkdownTable(["configuration", "epoch", "train loss", "train accuracy", "val loss", "val accuracy", "seconds"],
                                  alignments: [.left] + Array(repeating: .right, count: 6))
        for configuration in configurations {
            let trainLoss = configuration.meanHistory { $0.trainLoss }
            let trainAccuracy = configuration.meanHistory { $0.trainAccuracy }
            let validationLoss = configuration.meanHistory { $0.validationLoss }
            let validationAccuracy = configuration.meanHistory { $0.validationAccuracy }
            let seconds = configuration.meanHistory { $0.seconds }
            for index in trainLoss.indices {
                table.append([configuration.spec.configurationKey, "\(index + 1)",
                              Format.number(trainLoss[index]), Format.accuracy(trainAccuracy[index]),
                              index < validationLoss.count ? Format.number(validationLoss[index]) : "–",
                              index < validationAccuracy.count ? Format.accuracy(validationAccuracy[index]) : "–",
                              index < seconds.count ? Format.duration(seconds[index]) : "–"])
            }
        }
        return "## Training history (mean over seeds)\n\n" + table.text
    }

    private static func failureSection(_ failures: [RunFailure]) -> String {
        "## Failed runs\n\n" + failures.map { "- \($0.spec.configurationKey), seed \($0.spec.seed): \($0.message)" }
            .joined(separator: "\n")
    }
}
