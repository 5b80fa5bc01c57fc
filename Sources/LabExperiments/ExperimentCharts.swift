import LabEngine
import LabCharts

/// Draws an experiment's charts from its results, choosing them from what the results contain:
/// training curves when there are few variants, accuracy against depth when the variants are
/// depths, gradient flow when networks have several hidden layers, decision boundaries when
/// runs sampled them.
enum ExperimentCharts {
    /// Above this many variants per-epoch curves would be one chart per variant of a sweep:
    /// the summary tables say it better.
    static let curveVariantLimit = 2

    static func render(_ result: ExperimentResult) -> [RenderedChart] {
        let configurations = ConfigurationSummary.group(result.runs)
        guard !configurations.isEmpty else { return [] }
        let groups = VariantGroup.groups(configurations)
        var charts: [RenderedChart] = []
        if groups.count <= curveVariantLimit {
            for group in groups where group.configurations.contains(where: { $0.runs[0].epochs.count > 1 }) {
                charts += curves(group, seeds: result.options.seeds)
            }
        }
        charts.append(testAccuracy(groups, seeds: result.options.seeds))
        let depths = depthSweep(configurations)
        if let depths { charts.append(accuracyByDepth(configurations, depths: depths)) }
        charts += gradients(groups)
        if configurations.contains(where: { $0.deadFraction != nil }) {
            charts.append(unitFractions(groups, title: "Dead units after training (ReLU-like layers)",
                                        file: "dead-units.svg", axis: "fraction never activated, last epoch", \.deadFraction))
        }
        if configurations.contains(where: { $0.saturatedFraction != nil }) {
            charts.append(unitFractions(groups, title: "Saturated units after training (sigmoid/tanh-like layers)",
                                        file: "saturated-units.svg", axis: "fraction on a flat part, last epoch", \.saturatedFraction))
        }
        for group in groups where group.configurations.contains(where: { $0.runs[0].boundary != nil }) {
            charts.append(boundaries(group))
        }
        if let chart = learnedParameters(configurations) { charts.append(chart) }
        return charts
    }

    /// Every learned activation parameter's layer mean after each epoch (mean over seeds): one
    /// line per configuration and layer, solid for the first hidden layer, dashed for the others.
    private static func learnedParameters(_ configurations: [ConfigurationSummary]) -> RenderedChart? {
        var series: [LineSeries] = []
        var names: Set<String> = []
        for (index, configuration) in configurations.enumerated() {
            let layers = configuration.runs[0].epochs.first?.layers ?? []
            for layer in layers {
                guard let name = layer.learnedParameter?.name else { continue }
                names.insert(name)
                let history = configuration.meanHistory { epoch in
                    epoch.layers.first { $0.layer == layer.layer }?.learnedParameter?.summary.mean
                }
                series.append(LineSeries("\(configuration.spec.series) L\(layer.layer) \(name == "alpha" ? "α" : "β")",
                                         perEpoch: history, style: layer.layer == 1 ? .solid : .dashed, markers: true,
                                         color: Color.series(index)))
            }
        }
        guard !series.isEmpty else { return nil }
        let symbols = names.sorted().map { $0 == "alpha" ? "α" : "β" }.joined(separator: " and ")
        let chart = LineChart(title: "Learned \(symbols) per layer (mean over the layer's units)",
                              x: Axis("epoch", integerTicks: true), y: Axis("learned parameter"), series: series)
        return RenderedChart(file: ChartFile(file: "learned-parameters.svg",
                                             caption: "How each layer's learned \(symbols) moves over the epochs: layer 1 solid, deeper layers dashed"),
                             svg: chart.svg())
    }

    /// The articles' figures: accuracy and loss per epoch, training solid and validation dashed
    /// in the series' colour (means over seeds).
    private static func curves(_ group: VariantGroup, seeds: Int) -> [RenderedChart] {
        let place = group.variant.map { " (\($0))" } ?? ""
        let suffix = group.variant.map { "-" + slug($0) } ?? ""
        let averaged = seeds > 1 ? ", mean of \(seeds) seeds" : ""
        func chart(_ metric: String, train: (EpochReport) -> Double?, validation: (EpochReport) -> Double?) -> LineChart {
            var series: [LineSeries] = []
            for (index, configuration) in group.configurations.enumerated() {
                let color = Color.series(index)
                series.append(LineSeries("\(configuration.spec.series) train", perEpoch: configuration.meanHistory(train),
                                         markers: true, color: color))
                let validationValues = configuration.meanHistory(validation)
                if !validationValues.isEmpty {
                    series.append(LineSeries("\(configuration.spec.series) \(validationName(configuration.spec.validation))",
                                             perEpoch: validationValues, style: .dashed, markers: true, color: color))
                }
            }
            return LineChart(title: "Model \(metric)\(place)\(averaged)", x: Axis("epoch", integerTicks: true),
                             y: Axis(metric), series: series)
        }
        let accuracy = chart("accuracy", train: { $0.trainAccuracy }, validation: { $0.valAccuracy })
        let loss = chart("loss", train: { $0.trainLoss }, validation: { $0.valLoss })
        return [
            RenderedChart(file: ChartFile(file: "accuracy\(suffix).svg", caption: "Accuracy per epoch\(place): training solid, validation dashed"),
                          svg: accuracy.svg()),
            RenderedChart(file: ChartFile(file: "loss\(suffix).svg", caption: "Loss per epoch\(place): training solid, validation dashed"),
                          svg: loss.svg()),
        ]
    }

    /// What the dashed curve is measured on, for its legend entry.
    private static func validationName(_ validation: ValidationChoice) -> String {
        validation == .testSet ? "validation (= test set)" : "validation"
    }

    /// Mean test accuracy per configuration with ± one standard deviation over seeds.
    private static func testAccuracy(_ groups: [VariantGroup], seeds: Int) -> RenderedChart {
        let series = orderedSeries(groups)
        let bars = groups.map { group in
            BarSeries(group.variant ?? "test accuracy",
                      values: series.map { name in group.configurations.first { $0.spec.series == name }?.testAccuracy.mean },
                      errors: seeds > 1 ? series.map { name in group.configurations.first { $0.spec.series == name }?.testAccuracy.standardDeviation } : nil)
        }
        let title = seeds > 1 ? "Test accuracy (mean ± std over \(seeds) seeds)" : "Test accuracy (single run: no error bars)"
        let chart = BarChart(title: title, categories: series, series: bars, y: Axis("test accuracy"),
                             valueLabels: groups.count * series.count <= 12, decimals: 3)
        return RenderedChart(file: ChartFile(file: "test-accuracy.svg", caption: title), svg: chart.svg())
    }

    /// The depths when every variant is "depth N", in order; nil otherwise.
    private static func depthSweep(_ configurations: [ConfigurationSummary]) -> [Int]? {
        var depths: [Int] = []
        for configuration in configurations {
            guard let variant = configuration.spec.variant, variant.hasPrefix("depth ") else { return nil }
            let depth = configuration.spec.hiddenWidths.count
            if !depths.contains(depth) { depths.append(depth) }
        }
        return depths.count > 1 ? depths : nil
    }

    private static func accuracyByDepth(_ configurations: [ConfigurationSummary], depths: [Int]) -> RenderedChart {
        var names: [String] = []
        for configuration in configurations where !names.contains(configuration.spec.series) {
            names.append(configuration.spec.series)
        }
        let series = names.map { name in
            let points = configurations.filter { $0.spec.series == name }
                .map { ChartPoint(x: Double($0.spec.hiddenWidths.count), y: $0.testAccuracy.mean) }
            return LineSeries(name, points: points, markers: true)
        }
        let chart = LineChart(title: "Test accuracy by depth",
                              x: Axis("hidden layers", scale: .log2, integerTicks: true),
                              y: Axis("test accuracy"), series: series)
        return RenderedChart(file: ChartFile(file: "accuracy-by-depth.svg", caption: "Test accuracy against the number of hidden layers"),
                             svg: chart.svg())
    }

    /// Per variant with at least two hidden layers: every layer's weight-gradient norm, output
    /// layer included, on a log scale, at the first step (solid) and over the last epoch (dashed).
    private static func gradients(_ groups: [VariantGroup]) -> [RenderedChart] {
        groups.compactMap { group in
            // The playground's two small layers have no gradient story; their picture is the boundary.
            let deepest = group.configurations.map(\.spec.hiddenWidths.count).max() ?? 0
            let playground = deepest <= 2 && group.configurations.contains { $0.runs[0].boundary != nil }
            guard deepest > 1, !playground else { return nil }
            var series: [LineSeries] = []
            for (index, configuration) in group.configurations.enumerated() {
                let color = Color.series(index)
                let start = configuration.initialGradientNorms
                series.append(LineSeries("\(configuration.spec.series) first step", x: start.indices.map { Double($0 + 1) },
                                         y: start, markers: true, color: color))
                let end = configuration.finalGradientNorms
                series.append(LineSeries("\(configuration.spec.series) last epoch", x: end.indices.map { Double($0 + 1) },
                                         y: end, style: .dashed, markers: true, color: color))
            }
            let place = group.variant.map { " (\($0))" } ?? ""
            let layers = group.configurations.map(\.spec.hiddenWidths.count).max() ?? 0
            let chart = LineChart(title: "Weight-gradient norm per layer\(place)",
                                  x: Axis("layer (1 = next to the input, \(layers + 1) = output)", integerTicks: true),
                                  y: Axis("‖∂L/∂W‖", scale: .log10), series: series)
            let file = "gradients\(group.variant.map { "-" + slug($0) } ?? "").svg"
            return RenderedChart(file: ChartFile(file: file, caption: "Gradient norm per layer\(place), log scale: first step solid, last epoch dashed"),
                                 svg: chart.svg())
        }
    }

    private static func unitFractions(_ groups: [VariantGroup], title: String, file: String, axis: String,
                                      _ statistic: KeyPath<ConfigurationSummary, SampleStatistics?>) -> RenderedChart {
        let series = orderedSeries(groups)
        let bars = groups.map { group in
            BarSeries(group.variant ?? axis,
                      values: series.map { name in group.configurations.first { $0.spec.series == name }?[keyPath: statistic]?.mean },
                      errors: series.map { name in group.configurations.first { $0.spec.series == name }?[keyPath: statistic]?.standardDeviation })
        }
        let chart = BarChart(title: title, categories: series, series: bars, y: Axis(axis, range: 0...1))
        return RenderedChart(file: ChartFile(file: file, caption: title), svg: chart.svg())
    }

    /// Small multiples: one decision-boundary panel per configuration of `group`.
    private static func boundaries(_ group: VariantGroup) -> RenderedChart {
        let panels: [any Chart] = group.configurations.compactMap { configuration in
            guard let grid = configuration.runs[0].boundary else { return nil }
            return DecisionBoundaryChart(
                title: "\(configuration.spec.series): test \(Format.accuracy(configuration.runs[0].testAccuracy))",
                xRange: grid.xRange, yRange: grid.yRange, columns: grid.resolution, rows: grid.resolution,
                classes: grid.predictedClasses, confidences: grid.confidences,
                points: grid.points, size: .panel)
        }
        let name = group.variant ?? group.best.spec.dataset
        let title = "Decision boundaries on \(name) (seed \(group.best.runs[0].spec.seed))"
        let chart = ChartGrid(title: title, columns: min(panels.count, 3), charts: panels)
        return RenderedChart(file: ChartFile(file: "boundaries-\(slug(name)).svg", caption: title), svg: chart.svg())
    }

    /// The series names in the order they first appear.
    private static func orderedSeries(_ groups: [VariantGroup]) -> [String] {
        var names: [String] = []
        for configuration in groups.flatMap(\.configurations) where !names.contains(configuration.spec.series) {
            names.append(configuration.spec.series)
        }
        return names
    }

    /// A file-name-safe form: "depth 4" → "depth-4".
    static func slug(_ text: String) -> String {
        String(text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }
}

/// A chart written next to the summary: its file name and what it shows.
public struct ChartFile: Sendable, Hashable {
    public let file: String
    public let caption: String

    public init(file: String, caption: String) {
        self.file = file
        self.caption = caption
    }
}

/// A chart ready to write: where it goes, what it shows, and its SVG text.
struct RenderedChart: Sendable {
    let file: ChartFile
    let svg: String

    init(file: ChartFile, svg: String) {
        self.file = file
        self.svg = svg
    }
}
