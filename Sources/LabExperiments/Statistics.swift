import LabEngine

/// Mean and spread of one measurement repeated over seeds.
///
/// The standard deviation is the *sample* one (divides by n − 1), because the seeds are a
/// sample of all the seeds one could have used; it is undefined for a single run, which is
/// exactly the articles' situation, and is reported as nil rather than as a reassuring 0.
public struct SampleStatistics: Codable, Sendable, Hashable {
    public let count: Int
    public let mean: Double
    /// nil for fewer than two values.
    public let standardDeviation: Double?

    /// Statistics of `values`; an empty list has mean NaN.
    public init(_ values: [Double]) {
        count = values.count
        guard !values.isEmpty else {
            mean = .nan
            standardDeviation = nil
            return
        }
        let mean = values.reduce(0, +) / Double(values.count)
        self.mean = mean
        if values.count > 1 {
            let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            standardDeviation = (squares / Double(values.count - 1)).squareRoot()
        } else {
            standardDeviation = nil
        }
    }

    /// Standard error of the mean, s / √n: how far the mean itself would move with other seeds.
    public var standardError: Double? {
        standardDeviation.map { $0 / Double(count).squareRoot() }
    }
}

/// Whether the difference between two configurations' means is larger than seed-to-seed noise.
///
/// The rule is deliberately simple and stated in every summary: a difference counts only when
/// |Δmean| ≥ 2 · √(s₁²/n₁ + s₂²/n₂), twice the standard error of the difference (roughly a 95%
/// band when the runs are normal). With one run per configuration there is no spread to
/// compare against, so no verdict is possible: the articles' own comparisons are single runs.
public enum NoiseVerdict: Codable, Sendable, Hashable {
    /// At least one side has a single run.
    case singleRun(difference: Double)
    /// |difference| < threshold.
    case withinNoise(difference: Double, threshold: Double)
    /// |difference| ≥ threshold.
    case beyondNoise(difference: Double, threshold: Double)

    /// Compares `a` with `b`; `difference` is `a.mean − b.mean`.
    public init(_ a: SampleStatistics, versus b: SampleStatistics) {
        let difference = a.mean - b.mean
        guard let sa = a.standardDeviation, let sb = b.standardDeviation else {
            self = .singleRun(difference: difference)
            return
        }
        let threshold = 2 * (sa * sa / Double(a.count) + sb * sb / Double(b.count)).squareRoot()
        // Two identical sets of runs (e.g. a deterministic tie) differ by nothing at all.
        self = abs(difference) < threshold || difference == 0
            ? .withinNoise(difference: difference, threshold: threshold)
            : .beyondNoise(difference: difference, threshold: threshold)
    }

    /// The difference of the means, a − b.
    public var difference: Double {
        switch self {
        case .singleRun(let d), .withinNoise(let d, _), .beyondNoise(let d, _): d
        }
    }

    /// The noise threshold 2·SE, nil for single runs.
    public var threshold: Double? {
        switch self {
        case .singleRun: nil
        case .withinNoise(_, let threshold), .beyondNoise(_, let threshold): threshold
        }
    }

    /// A one-word name for CSV: "single-run", "within-noise" or "beyond-noise".
    public var name: String {
        switch self {
        case .singleRun: "single-run"
        case .withinNoise: "within-noise"
        case .beyondNoise: "beyond-noise"
        }
    }

    /// One phrase for tables, with accuracies shown in percentage points.
    public var phrase: String {
        switch self {
        case .singleRun:
            "single run: no error bars"
        case .withinNoise(_, let threshold):
            "inside the noise (2·SE = \(Format.points(threshold)))"
        case .beyondNoise(_, let threshold):
            "beyond the noise (2·SE = \(Format.points(threshold)))"
        }
    }
}

/// One configuration's runs (all seeds) reduced to means and spreads: a row of the summary.
struct ConfigurationSummary: Sendable {
    /// The first seed's spec (the others differ only in the seed).
    let spec: RunSpec
    let architecture: String
    let runs: [RunResult]
    let testAccuracy: SampleStatistics
    let testLoss: SampleStatistics
    /// Last epoch's validation accuracy; nil when the runs had no validation.
    let validationAccuracy: SampleStatistics?
    let trainAccuracy: SampleStatistics
    /// Dead units of the rectifier layers and saturated units of the saturating layers in the
    /// last epoch (see `RunResult`); nil when the network has no such layer.
    let deadFraction: SampleStatistics?
    let saturatedFraction: SampleStatistics?
    /// Per layer, mean over seeds: first-step and last-epoch weight-gradient norms.
    let initialGradientNorms: [Double]
    let finalGradientNorms: [Double]
    let seconds: SampleStatistics

    init(runs: [RunResult]) {
        precondition(!runs.isEmpty, "a configuration has at least one run")
        spec = runs[0].spec
        architecture = runs[0].architecture
        self.runs = runs
        testAccuracy = SampleStatistics(runs.map(\.testAccuracy))
        testLoss = SampleStatistics(runs.map(\.testLoss))
        let validation = runs.compactMap { $0.epochs.last?.valAccuracy }
        validationAccuracy = validation.isEmpty ? nil : SampleStatistics(validation)
        trainAccuracy = SampleStatistics(runs.map { $0.epochs.last?.trainAccuracy ?? .nan })
        let dead = runs.compactMap(\.finalDeadFraction), saturated = runs.compactMap(\.finalSaturatedFraction)
        deadFraction = dead.isEmpty ? nil : SampleStatistics(dead)
        saturatedFraction = saturated.isEmpty ? nil : SampleStatistics(saturated)
        initialGradientNorms = Self.layerMeans(runs.map(\.initialGradientNorms))
        finalGradientNorms = Self.layerMeans(runs.map(\.finalGradientNorms))
        seconds = SampleStatistics(runs.map(\.seconds))
    }

    /// Groups `runs` by configuration, in the order the configurations first appear.
    static func group(_ runs: [RunResult]) -> [ConfigurationSummary] {
        var order: [String] = []
        var byKey: [String: [RunResult]] = [:]
        for run in runs {
            let key = run.spec.configurationKey
            if byKey[key] == nil { order.append(key) }
            byKey[key, default: []].append(run)
        }
        return order.map { ConfigurationSummary(runs: byKey[$0]!) }
    }

    /// The mean history over seeds: per epoch, the mean of each metric, for the curves.
    func meanHistory(_ metric: (EpochReport) -> Double?) -> [Double] {
        let length = runs.map(\.epochs.count).min() ?? 0
        return (0..<length).compactMap { index in
            let values = runs.compactMap { metric($0.epochs[index]) }
            return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
        }
    }

    /// Element-wise means of equally long lists (the shortest length wins).
    private static func layerMeans(_ lists: [[Double]]) -> [Double] {
        let length = lists.map(\.count).min() ?? 0
        return (0..<length).map { index in
            lists.reduce(0) { $0 + $1[index] } / Double(lists.count)
        }
    }
}

/// The configurations measured at one variant (one depth, one data set…), each weighed against
/// the best of them: the unit of every comparison in the summaries. Comparing only within a
/// variant keeps a 16-layer sigmoid from being "beaten" by a 1-layer ReLU.
struct VariantGroup: Sendable {
    /// nil for experiments that sweep nothing.
    let variant: String?
    /// In the experiment's order.
    let configurations: [ConfigurationSummary]
    /// The configuration with the highest mean test accuracy.
    let best: ConfigurationSummary
    /// Each configuration's verdict against `best`, by configuration key (none for `best`).
    let verdicts: [String: NoiseVerdict]

    init(variant: String?, configurations: [ConfigurationSummary]) {
        self.variant = variant
        self.configurations = configurations
        // NaN accuracies (diverged runs) never win.
        let best = configurations.max { a, b in
            (a.testAccuracy.mean.isNaN ? -1 : a.testAccuracy.mean) < (b.testAccuracy.mean.isNaN ? -1 : b.testAccuracy.mean)
        }!
        self.best = best
        var verdicts: [String: NoiseVerdict] = [:]
        for configuration in configurations where configuration.spec.configurationKey != best.spec.configurationKey {
            verdicts[configuration.spec.configurationKey] = NoiseVerdict(configuration.testAccuracy, versus: best.testAccuracy)
        }
        self.verdicts = verdicts
    }

    /// Groups `configurations` by variant, in the order the variants first appear.
    static func groups(_ configurations: [ConfigurationSummary]) -> [VariantGroup] {
        var order: [String?] = []
        for configuration in configurations where !order.contains(configuration.spec.variant) {
            order.append(configuration.spec.variant)
        }
        return order.map { variant in
            VariantGroup(variant: variant, configurations: configurations.filter { $0.spec.variant == variant })
        }
    }
}
