import ActivationCatalog
import LabEngine
import LabCharts

/// Draws an experiment's charts from its results, choosing them from what the results contain:
/// training curves when there are few variants, accuracy against depth when the variants are
/// depths, gradient flow when networks have several hidden layers, decision boundaries when
/// runs sampled them. Each chart comes with its reading, one sentence computed from the same
/// numbers it draws.
///
/// To add a chart, write one function here (or in an extension) that returns an
/// `ExperimentChart` — file name, caption, reading and drawing together — and append its result
/// in `render`. summary.md, index.html (inline, interactive), the SVG file and the browser
/// test pick it up from there; `.empty` stands in when there is nothing to draw.
enum ExperimentCharts {
    /// Above this many variants per-epoch curves would be one chart per variant of a sweep:
    /// the summary tables say it better.
    static let curveVariantLimit = 2

    /// Every chart of `result`, in page order.
    static func render(_ result: ExperimentResult) -> [ExperimentChart] {
        let configurations = ConfigurationSummary.group(result.runs)
        guard !configurations.isEmpty else { return [] }
        let groups = VariantGroup.groups(configurations)
        var charts: [ExperimentChart] = []
        // Where every network drew a boundary (the playground), the boundaries lead the page.
        let boundaryGroups = groups.filter { $0.configurations.contains { $0.runs[0].boundary != nil } }
        let playground = !boundaryGroups.isEmpty && configurations.allSatisfy { $0.runs[0].boundary != nil }
        if playground { charts += boundaryGroups.map(boundaries) }
        if groups.count <= curveVariantLimit {
            for group in groups where group.configurations.contains(where: { $0.runs[0].epochs.count > 1 }) {
                charts += curves(group, seeds: result.options.seeds)
            }
        }
        charts.append(testAccuracy(groups, seeds: result.options.seeds))
        if let depths = depthSweep(configurations) { charts.append(accuracyByDepth(configurations, depths: depths)) }
        charts += gradients(groups)
        if configurations.contains(where: { $0.deadFraction != nil }) {
            charts.append(unitFractions(groups, .dead))
        }
        if configurations.contains(where: { $0.saturatedFraction != nil }) {
            charts.append(unitFractions(groups, .saturated))
        }
        if !playground { charts += boundaryGroups.map(boundaries) }
        if let chart = learnedParameters(configurations) { charts.append(chart) }
        return charts
    }

    // MARK: Learned activation parameters

    /// Every learned activation parameter's layer mean after each epoch (mean over seeds): one
    /// line per configuration and layer, solid for the first hidden layer, dashed for the others.
    private static func learnedParameters(_ configurations: [ConfigurationSummary]) -> ExperimentChart? {
        var series: [LineSeries] = []
        var names: Set<String> = []
        var moves: [String] = []
        for (index, configuration) in configurations.enumerated() {
            let layers = configuration.runs[0].epochs.first?.layers ?? []
            var layerMoves: [String] = []
            var symbol = ""
            for layer in layers {
                guard let name = layer.learnedParameter?.name else { continue }
                names.insert(name)
                symbol = name == "alpha" ? "α" : "β"
                let history = configuration.meanHistory { epoch in
                    epoch.layers.first { $0.layer == layer.layer }?.learnedParameter?.summary.mean
                }
                series.append(LineSeries("\(configuration.spec.series) L\(layer.layer) \(symbol)",
                                         perEpoch: history, style: layer.layer == 1 ? .solid : .dashed, markers: true,
                                         color: Color.series(index), group: configuration.spec.series))
                if let first = history.first, let last = history.last {
                    layerMoves.append("layer \(layer.layer) \(Format.magnitude(first)) → \(Format.magnitude(last))")
                }
            }
            if !layerMoves.isEmpty {
                moves.append("\(configuration.spec.series)'s mean \(symbol) \(layerMoves.joined(separator: ", "))")
            }
        }
        guard !series.isEmpty else { return nil }
        let symbols = names.sorted().map { $0 == "alpha" ? "α" : "β" }.joined(separator: " and ")
        let epochs = configurations.map { $0.runs[0].epochs.count }.max() ?? 0
        let chart = LineChart(title: "Learned \(symbols) per layer (mean over the layer's units)",
                              x: Axis("epoch", integerTicks: true), y: Axis("learned parameter"), series: series)
        return ExperimentChart(
            file: "learned-parameters.svg",
            caption: "How each layer's learned \(symbols) moves over the epochs: layer 1 solid, deeper layers dashed",
            reading: "From the first epoch to the \(epochs == 1 ? "only one" : "last (\(epochs))"): \(moves.joined(separator: "; ")).",
            chart: chart)
    }

    // MARK: Training curves

    /// The articles' figures: accuracy and loss per epoch, training solid and validation dashed
    /// in the series' colour (means over seeds).
    private static func curves(_ group: VariantGroup, seeds: Int) -> [ExperimentChart] {
        let place = group.variant.map { " (\($0))" } ?? ""
        let suffix = group.variant.map { "-" + slug($0) } ?? ""
        let averaged = seeds > 1 ? ", mean of \(seeds) seeds" : ""
        func chart(_ metric: String, train: (EpochReport) -> Double?, validation: (EpochReport) -> Double?) -> LineChart {
            var series: [LineSeries] = []
            for (index, configuration) in group.configurations.enumerated() {
                let color = Color.series(index), name = configuration.spec.series
                series.append(LineSeries("\(name) train", perEpoch: configuration.meanHistory(train),
                                         markers: true, color: color, group: name))
                let validationValues = configuration.meanHistory(validation)
                if !validationValues.isEmpty {
                    series.append(LineSeries("\(name) \(validationName(configuration.spec.validation))",
                                             perEpoch: validationValues, style: .dashed, markers: true, color: color, group: name))
                }
            }
            return LineChart(title: "Model \(metric)\(place)\(averaged)", x: Axis("epoch", integerTicks: true),
                             y: Axis(metric), series: series)
        }
        return [
            ExperimentChart(file: "accuracy\(suffix).svg", caption: "Accuracy per epoch\(place): training solid, validation dashed",
                            reading: accuracyReading(group),
                            chart: chart("accuracy", train: { $0.trainAccuracy }, validation: { $0.valAccuracy })),
            ExperimentChart(file: "loss\(suffix).svg", caption: "Loss per epoch\(place): training solid, validation dashed",
                            reading: lossReading(group),
                            chart: chart("loss", train: { $0.trainLoss }, validation: { $0.valLoss })),
        ]
    }

    /// What the dashed curve is measured on, for its legend entry.
    private static func validationName(_ validation: ValidationChoice) -> String {
        validation == .testSet ? "validation (= test set)" : "validation"
    }

    /// Each configuration's mean validation history, or its training history when nothing was
    /// validated, and which of the two it is.
    private static func histories(_ group: VariantGroup, validation: (EpochReport) -> Double?,
                                  training: (EpochReport) -> Double?) -> (data: String, histories: [(String, [Double])]) {
        let validated = group.configurations.map { ($0.spec.series, $0.meanHistory(validation)) }.filter { !$0.1.isEmpty }
        if !validated.isEmpty { return ("validation", validated) }
        return ("training", group.configurations.map { ($0.spec.series, $0.meanHistory(training)) }.filter { !$0.1.isEmpty })
    }

    /// "After 5 epochs relu has the highest validation accuracy (0.876) and sigmoid the lowest
    /// (0.871); after epoch 1 they stood at 0.857 and 0.843."
    private static func accuracyReading(_ group: VariantGroup) -> String {
        let (data, histories) = histories(group, validation: { $0.valAccuracy }, training: { $0.trainAccuracy })
        let ranked = histories.sorted { rank($0.1.last!) > rank($1.1.last!) }
        guard let best = ranked.first, let worst = ranked.last else { return "No run recorded an accuracy." }
        let epochs = best.1.count
        var text = "\(opening(group.variant))after \(count(epochs, "epoch")) \(best.0) has the highest \(data) accuracy (\(Format.accuracy(best.1.last!)))"
        if ranked.count > 1, Format.accuracy(best.1.last!) == Format.accuracy(worst.1.last!) {
            text = "\(opening(group.variant))after \(count(epochs, "epoch")) every network's \(data) accuracy is \(Format.accuracy(best.1.last!))"
        } else if ranked.count > 1 {
            text += " and \(worst.0) the lowest (\(Format.accuracy(worst.1.last!)))"
            if epochs > 1 { text += "; after epoch 1 they stood at \(Format.accuracy(best.1[0])) and \(Format.accuracy(worst.1[0]))" }
        } else if epochs > 1 {
            text += ", up from \(Format.accuracy(best.1[0])) after epoch 1"
        }
        return capitalized(text) + "."
    }

    /// "After 10 epochs relu's validation loss is the lowest (0.31) and sigmoid's the highest
    /// (0.36); tanh's was lowest at epoch 6 (0.30) and rose to 0.33 by epoch 10, a sign of
    /// overfitting."
    private static func lossReading(_ group: VariantGroup) -> String {
        let (data, histories) = histories(group, validation: { $0.valLoss }, training: { $0.trainLoss })
        let ranked = histories.sorted { rank(-$0.1.last!) > rank(-$1.1.last!) }
        guard let best = ranked.first, let worst = ranked.last else { return "No run recorded a loss." }
        let epochs = best.1.count
        var text = "\(opening(group.variant))after \(count(epochs, "epoch")) \(best.0)'s \(data) loss is "
        let tie = Format.number(best.1.last!) == Format.number(worst.1.last!)
        if ranked.count > 1, tie {
            text = "\(opening(group.variant))after \(count(epochs, "epoch")) every network's \(data) loss is \(Format.number(best.1.last!))"
        } else {
            text += ranked.count > 1
            ? "the lowest (\(Format.number(best.1.last!))) and \(worst.0)'s the highest (\(Format.number(worst.1.last!)))"
            : "\(Format.number(best.1.last!))"
        }
        guard data == "validation", epochs > 1 else { return capitalized(text) + "." }
        // The largest rise from a run's lowest validation loss to its last: overfitting.
        let rises = histories.compactMap { name, values -> (String, Int, Double, Double)? in
            guard let low = values.indices.min(by: { rank(-values[$0]) > rank(-values[$1]) }),
                  low < values.count - 1, values.last! > values[low] * 1.02 else { return nil }
            return (name, low + 1, values[low], values.last!)
        }
        if let rise = rises.max(by: { $0.3 / $0.2 < $1.3 / $1.2 }) {
            text += "; \(rise.0)'s was lowest at epoch \(rise.1) (\(Format.number(rise.2))) and rose to \(Format.number(rise.3)) by epoch \(epochs), a sign of overfitting"
        } else {
            text += "; no validation loss rose more than 2% above its lowest"
        }
        return capitalized(text) + "."
    }

    // MARK: Test accuracy

    /// Mean test accuracy per configuration with ± one standard deviation over seeds.
    private static func testAccuracy(_ groups: [VariantGroup], seeds: Int) -> ExperimentChart {
        let series = orderedSeries(groups)
        let bars = groups.map { group in
            BarSeries(group.variant ?? "test accuracy",
                      values: series.map { name in group.configurations.first { $0.spec.series == name }?.testAccuracy.mean },
                      errors: seeds > 1 ? series.map { name in group.configurations.first { $0.spec.series == name }?.testAccuracy.standardDeviation } : nil)
        }
        let title = seeds > 1 ? "Test accuracy (mean ± std over \(seeds) seeds)" : "Test accuracy (single run: no error bars)"
        let chart = BarChart(title: title, categories: series, series: bars, y: Axis("test accuracy"),
                             valueLabels: groups.count * series.count <= 12, decimals: 3)
        return ExperimentChart(file: "test-accuracy.svg", caption: title, reading: testAccuracyReading(groups), chart: chart)
    }

    /// "relu has the highest test accuracy (0.876 ± 0.001) and sigmoid the lowest (0.871 ±
    /// 0.003), −0.50 pt: beyond the noise." With variants, the widest and narrowest gaps.
    private static func testAccuracyReading(_ groups: [VariantGroup]) -> String {
        func worst(_ group: VariantGroup) -> ConfigurationSummary {
            group.configurations.min { rank($0.testAccuracy.mean) < rank($1.testAccuracy.mean) }!
        }
        func gap(_ group: VariantGroup) -> Double {
            let gap = group.best.testAccuracy.mean - worst(group).testAccuracy.mean
            return gap.isFinite ? gap : .infinity
        }
        func comparison(_ group: VariantGroup) -> String {
            let low = worst(group)
            let verdict = group.verdicts[low.spec.configurationKey].map { verdict -> String in
                switch verdict {
                case .singleRun: "one run each, so no error bars"
                case .withinNoise: "inside the noise"
                case .beyondNoise: "beyond the noise"
                }
            } ?? ""
            return "\(group.best.spec.series) \(Format.accuracy(group.best.testAccuracy)) against \(low.spec.series) \(Format.accuracy(low.testAccuracy)) (\(Format.signedPoints(low.testAccuracy.mean - group.best.testAccuracy.mean)), \(verdict))"
        }
        guard groups.count > 1 else {
            let group = groups[0]
            guard group.configurations.count > 1 else {
                return "\(group.best.spec.series) reaches a test accuracy of \(Format.accuracy(group.best.testAccuracy))."
            }
            return "Highest against lowest test accuracy: \(comparison(group))."
        }
        let widest = groups.max { gap($0) < gap($1) }!, narrowest = groups.min { gap($0) < gap($1) }!
        // The series are activations in most studies, cures in the remedies study.
        let compared = groups.flatMap(\.configurations).allSatisfy { ActivationCatalog.names.contains($0.spec.series) }
            ? "activations" : "configurations"
        guard Format.points(gap(widest)) != Format.points(gap(narrowest)) else {
            return "The gap between \(compared) is \(Format.points(gap(widest))) everywhere; \(at(widest.variant)): \(comparison(widest))."
        }
        return "The gap between \(compared) is widest \(at(widest.variant)): \(comparison(widest)); "
            + "narrowest \(at(narrowest.variant)), where all are within \(Format.points(gap(narrowest)))."
    }

    // MARK: Depth

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

    private static func accuracyByDepth(_ configurations: [ConfigurationSummary], depths: [Int]) -> ExperimentChart {
        var names: [String] = []
        for configuration in configurations where !names.contains(configuration.spec.series) {
            names.append(configuration.spec.series)
        }
        let lines = names.map { name in
            configurations.filter { $0.spec.series == name }
                .map { ChartPoint(x: Double($0.spec.hiddenWidths.count), y: $0.testAccuracy.mean) }
                .sorted { $0.x < $1.x }
        }
        let chart = LineChart(title: "Test accuracy by depth",
                              x: Axis("hidden layers", scale: .log2, integerTicks: true),
                              y: Axis("test accuracy"),
                              series: zip(names, lines).map { LineSeries($0, points: $1, markers: true) })
        // "From 1 to 16 hidden layers sigmoid changes most (0.859 → 0.100) and elu least (0.859 → 0.854)."
        let changes = zip(names, lines).compactMap { name, points -> (String, ChartPoint, ChartPoint)? in
            guard let first = points.first, let last = points.last, points.count > 1 else { return nil }
            return (name, first, last)
        }
        func change(_ entry: (String, ChartPoint, ChartPoint)) -> Double { rank(abs(entry.2.y - entry.1.y)) }
        var reading = "Each activation's test accuracy at \(depths.map(String.init).joined(separator: ", ")) hidden layers."
        if let most = changes.max(by: { change($0) < change($1) }), let least = changes.min(by: { change($0) < change($1) }) {
            let range = "From \(Int(most.1.x)) to \(count(Int(most.2.x), "hidden layer"))"
            if Format.points(change(most)) == Format.points(change(least)) {
                reading = "\(range) every activation's test accuracy changes by \(Format.points(change(most))) (\(most.0): \(Format.accuracy(most.1.y)) → \(Format.accuracy(most.2.y)))."
            } else {
                reading = "\(range) \(most.0) changes most (\(Format.accuracy(most.1.y)) → \(Format.accuracy(most.2.y))) and \(least.0) least (\(Format.accuracy(least.1.y)) → \(Format.accuracy(least.2.y)))."
            }
        }
        return ExperimentChart(file: "accuracy-by-depth.svg", caption: "Test accuracy against the number of hidden layers",
                               reading: reading, chart: chart)
    }

    // MARK: Gradient flow

    /// Per variant with at least two hidden layers: every layer's weight-gradient norm, output
    /// layer included, on a log scale, at the first step (solid) and over the last epoch (dashed).
    private static func gradients(_ groups: [VariantGroup]) -> [ExperimentChart] {
        groups.compactMap { group in
            // The playground's two small layers have no gradient story; their picture is the boundary.
            let deepest = group.configurations.map(\.spec.hiddenWidths.count).max() ?? 0
            let playground = deepest <= 2 && group.configurations.contains { $0.runs[0].boundary != nil }
            guard deepest > 1, !playground else { return nil }
            var series: [LineSeries] = []
            for (index, configuration) in group.configurations.enumerated() {
                let color = Color.series(index), name = configuration.spec.series
                let start = configuration.initialGradientNorms
                series.append(LineSeries("\(name) first step", x: start.indices.map { Double($0 + 1) },
                                         y: start, markers: true, color: color, group: name))
                let end = configuration.finalGradientNorms
                series.append(LineSeries("\(name) last epoch", x: end.indices.map { Double($0 + 1) },
                                         y: end, style: .dashed, markers: true, color: color, group: name))
            }
            let place = group.variant.map { " (\($0))" } ?? ""
            let chart = LineChart(title: "Weight-gradient norm per layer\(place)",
                                  x: Axis("layer (1 = next to the input, \(deepest + 1) = output)", integerTicks: true),
                                  y: Axis("‖∂L/∂W‖", scale: .log10), series: series)
            return ExperimentChart(file: "gradients\(group.variant.map { "-" + slug($0) } ?? "").svg",
                                   caption: "Gradient norm per layer\(place), log scale: first step solid, last epoch dashed",
                                   reading: gradientReading(group), chart: chart)
        }
    }

    /// "At depth 16, at the first step sigmoid's first-layer gradient is 2.6·10⁻¹⁰ of its
    /// output layer's (the smallest ratio) and elu's 0.41 (the largest); after training
    /// sigmoid's is 3.1·10⁻⁶."
    private static func gradientReading(_ group: VariantGroup) -> String {
        func ratio(_ norms: [Double]) -> Double? {
            guard norms.count > 1, let first = norms.first, let last = norms.last, last > 0 else { return nil }
            let ratio = first / last
            return ratio.isFinite ? ratio : nil
        }
        let ratios = group.configurations.compactMap { configuration in
            ratio(configuration.initialGradientNorms).map { (configuration, $0) }
        }
        guard let low = ratios.min(by: { $0.1 < $1.1 }), let high = ratios.max(by: { $0.1 < $1.1 }) else {
            return "\(opening(group.variant))no network recorded a finite gradient norm in every layer."
        }
        let same = Format.magnitude(low.1) == Format.magnitude(high.1)
        var text = "\(opening(group.variant))at the first step \(same && ratios.count > 1 ? "every network" : low.0.spec.series)'s first-layer gradient is \(Format.magnitude(low.1)) of its output layer's"
        if ratios.count > 1, !same { text += " (the smallest ratio) and \(high.0.spec.series)'s \(Format.magnitude(high.1)) (the largest)" }
        if let end = ratio(low.0.finalGradientNorms) {
            text += "; over the last epoch \(low.0.spec.series)'s is \(Format.magnitude(end))"
        }
        return capitalized(text) + "."
    }

    // MARK: Dead and saturated units

    /// The two unit statistics the engine counts, each charted for the layers it means
    /// something for.
    enum UnitStatistic {
        case dead, saturated

        var title: String {
            self == .dead ? "Dead units after training (ReLU-like layers)" : "Saturated units after training (sigmoid/tanh-like layers)"
        }
        var file: String { self == .dead ? "dead-units.svg" : "saturated-units.svg" }
        var axis: String { self == .dead ? "fraction never activated, last epoch" : "fraction on a flat part, last epoch" }
        var family: ActivationFamily { self == .dead ? .rectifier : .saturating }
        var layers: String { self == .dead ? "ReLU-like" : "sigmoid/tanh-like" }
        var word: String { self == .dead ? "dead" : "saturated" }
        var summary: KeyPath<ConfigurationSummary, SampleStatistics?> { self == .dead ? \.deadFraction : \.saturatedFraction }
        var perLayer: KeyPath<LayerStatistics, Double> { self == .dead ? \.deadFraction : \.saturatedFraction }

        /// The engine's definition of the word, from `LayerStatistics.definitions` ("Dead =
        /// …; saturated = …"), so the two never drift apart.
        var definition: String {
            let parts = LayerStatistics.definitions.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            let mine = parts.first { $0.lowercased().hasPrefix(word) } ?? LayerStatistics.definitions
            return mine.hasSuffix(".") ? String(mine.dropLast()) : mine
        }
    }

    /// Below this largest fraction a dead- or saturated-units chart would be empty axes.
    static let unitFractionWorthDrawing = 0.01

    private static func unitFractions(_ groups: [VariantGroup], _ statistic: UnitStatistic) -> ExperimentChart {
        let measured = groups.flatMap(\.configurations).compactMap { configuration in
            configuration[keyPath: statistic.summary].map { (configuration, $0.mean) }
        }
        let most = measured.max { rank($0.1) < rank($1.1) }!, fewest = measured.min { rank($0.1) < rank($1.1) }!
        let none = measured.filter { $0.1 == 0 }.count
        // Bars below 1% of the 0…1 axis are a pixel or two high: empty axes, said in words instead.
        guard rank(most.1) >= unitFractionWorthDrawing else {
            let definition = " (\(lowercasedFirst(statistic.definition)))."
            guard most.1 == 0 else {
                return .empty(file: statistic.file, caption: statistic.title,
                              reading: "Almost no unit of the \(count(measured.count, "network")) with \(statistic.layers) layers was \(statistic.word) in the last epoch: at most \(Format.percent(most.1)), in \(label(most.0))\(none > 0 ? ", and none in \(none) of them" : "")" + definition)
            }
            // Whether it held in every epoch or only the last.
            let everEpoch = groups.flatMap(\.configurations).flatMap(\.runs).flatMap(\.epochs).flatMap(\.layers)
                .filter { $0.family == statistic.family }.allSatisfy { $0[keyPath: statistic.perLayer] == 0 }
            let networks = measured.count == 1 ? "\(label(measured[0].0))'s \(statistic.layers) layers"
                : "any of the \(measured.count) networks with \(statistic.layers) layers"
            return .empty(file: statistic.file, caption: statistic.title,
                          reading: "No unit of \(networks) was \(statistic.word) \(everEpoch ? "in any epoch" : "in the last epoch")" + definition)
        }
        let series = orderedSeries(groups)
        let bars = groups.map { group in
            BarSeries(group.variant ?? statistic.axis,
                      values: series.map { name in group.configurations.first { $0.spec.series == name }?[keyPath: statistic.summary]?.mean },
                      errors: series.map { name in group.configurations.first { $0.spec.series == name }?[keyPath: statistic.summary]?.standardDeviation })
        }
        let chart = BarChart(title: statistic.title, categories: series, series: bars, y: Axis(statistic.axis, range: 0...1))
        // "relu (depth 16) has the most dead units: 12.3% of its ReLU-like units in the last epoch; 10 of 24 networks have none."
        let rest = none == 0 ? "\(label(fewest.0)) the fewest (\(Format.percent(fewest.1)))."
            : "\(none) of the \(measured.count) networks with such layers \(none == 1 ? "has" : "have") none."
        let reading = measured.count == 1
            ? "\(Format.percent(most.1)) of \(label(most.0))'s \(statistic.layers) units were \(statistic.word) in the last epoch."
            : "\(label(most.0)) has the most \(statistic.word) units: \(Format.percent(most.1)) of its \(statistic.layers) units in the last epoch; \(rest)"
        return ExperimentChart(file: statistic.file, caption: statistic.title, reading: reading, chart: chart)
    }

    // MARK: Decision boundaries

    /// Small multiples: one decision-boundary panel per configuration of `group`. The file
    /// shows the final boundaries; the page's copy carries every epoch for its slider.
    private static func boundaries(_ group: VariantGroup) -> ExperimentChart {
        func panels(epochs: Bool) -> [any Chart] {
            group.configurations.compactMap { configuration in
                guard let grid = configuration.runs[0].boundary else { return nil }
                return DecisionBoundaryChart(
                    title: "\(configuration.spec.series): test \(Format.accuracy(configuration.runs[0].testAccuracy))",
                    xRange: grid.xRange, yRange: grid.yRange, columns: grid.resolution, rows: grid.resolution,
                    classes: grid.predictedClasses, confidences: grid.confidences,
                    points: grid.points, size: .panel, frames: epochs ? grid.epochs : nil)
            }
        }
        let name = group.variant ?? group.best.spec.dataset
        let title = "Decision boundaries on \(name) (seed \(group.best.runs[0].spec.seed))"
        let columns = min(group.configurations.count, 3)
        // "On spiral relu draws the best boundary (test accuracy 0.991) and identity the worst
        // (0.502); relu's training accuracy first reached 0.9 at epoch 23 of 100."
        let drawn = group.configurations.filter { $0.runs[0].boundary != nil }.map(\.runs[0])
        let best = drawn.max { rank($0.testAccuracy) < rank($1.testAccuracy) }!
        let worst = drawn.min { rank($0.testAccuracy) < rank($1.testAccuracy) }!
        var reading = "On \(name) \(best.spec.series) draws the best boundary (test accuracy \(Format.accuracy(best.testAccuracy)))"
        if drawn.count > 1 { reading += " and \(worst.spec.series) the worst (\(Format.accuracy(worst.testAccuracy)))" }
        if let epoch = best.epochs.first(where: { $0.trainAccuracy >= 0.9 }) {
            reading += "; \(best.spec.series)'s training accuracy first reached 0.9 at epoch \(epoch.epoch) of \(best.epochs.count)."
        } else {
            reading += "; no epoch of \(best.spec.series)'s reached 0.9 training accuracy (best \(Format.accuracy(best.epochs.map(\.trainAccuracy).max() ?? .nan)))."
        }
        return ExperimentChart(file: "boundaries-\(slug(name)).svg", caption: title, reading: reading,
                               chart: ChartGrid(title: title, columns: columns, charts: panels(epochs: false)),
                               page: ChartGrid(title: title, columns: columns, charts: panels(epochs: true)))
    }

    // MARK: Words

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

    /// Orders NaN (a diverged run) below everything.
    private static func rank(_ value: Double) -> Double { value.isNaN ? -.infinity : value }

    /// "at depth 16", "on spiral"; nothing without a variant.
    private static func at(_ variant: String?) -> String {
        guard let variant else { return "" }
        if variant.hasPrefix("depth ") { return "at \(variant)" }
        // The remedies study groups its cures by activation: "for sigmoid", not "on sigmoid".
        return ActivationCatalog.names.contains(variant) ? "for \(variant)" : "on \(variant)"
    }

    /// The start of a sentence about one variant: "at depth 16, ", or nothing.
    private static func opening(_ variant: String?) -> String {
        variant.map { _ in at(variant) + ", " } ?? ""
    }

    /// "relu (depth 16)", or "relu" without a variant.
    private static func label(_ configuration: ConfigurationSummary) -> String {
        configuration.spec.series + (configuration.spec.variant.map { " (\($0))" } ?? "")
    }

    private static func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }

    private static func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    private static func lowercasedFirst(_ text: String) -> String { text.prefix(1).lowercased() + text.dropFirst() }
}

/// One chart of an experiment's page: the file it is written to, what it shows, the sentence a
/// reader should take from it (computed from the results), and the drawing.
struct ExperimentChart: Sendable {
    /// The SVG's file name, next to summary.md.
    let file: String
    /// What the chart shows and how it is drawn.
    let caption: String
    /// One sentence read off the same numbers the chart draws.
    let reading: String
    /// nil when there is nothing to draw: `reading` then says what was measured and that it
    /// was empty everywhere, and no file is written.
    let chart: (any Chart)?
    /// What the page inlines instead of `chart` when it has more to show than the file (the
    /// boundaries at every epoch); nil inlines `chart`.
    let page: (any Chart)?

    init(file: String, caption: String, reading: String, chart: any Chart, page: (any Chart)? = nil) {
        self.init(file: file, caption: caption, reading: reading, chart: Optional(chart), page: page)
    }

    private init(file: String, caption: String, reading: String, chart: (any Chart)?, page: (any Chart)?) {
        self.file = file
        self.caption = caption
        self.reading = reading
        self.chart = chart
        self.page = page
    }

    /// A chart with nothing to draw, said in words instead of empty axes.
    static func empty(file: String, caption: String, reading: String) -> ExperimentChart {
        ExperimentChart(file: file, caption: caption, reading: reading, chart: nil, page: nil)
    }

    /// The standalone SVG file's text; nil for an empty chart.
    var svg: String? { chart?.svg() }

    /// The figure in summary.md and index.html; `index`, the chart's place on the page, keeps
    /// the inline SVGs' ids apart.
    func figure(index: Int) -> Document.Figure {
        Document.Figure(path: chart == nil ? nil : file, caption: caption, reading: reading,
                        svg: (page ?? chart)?.inlineSVG(idPrefix: "c\(index)-"),
                        id: file.hasSuffix(".svg") ? String(file.dropLast(4)) : file)
    }
}
