import LabEngine

/// One configuration's runs (all seeds) reduced to means and spreads: a row of the summary.
public struct ConfigurationSummary: Sendable {
    /// The first seed's spec (the others differ only in the seed).
    public let spec: RunSpec
    public let architecture: String
    public let runs: [RunResult]
    public let testAccuracy: SampleStatistics
    public let testLoss: SampleStatistics
    /// Last epoch's validation accuracy; nil when the runs had no validation.
    public let validationAccuracy: SampleStatistics?
    public let trainAccuracy: SampleStatistics
    /// Dead units of the rectifier layers and saturated units of the saturating layers in the
    /// last epoch (see `RunResult`); nil when the network has no such layer.
    public let deadFraction: SampleStatistics?
    public let saturatedFraction: SampleStatistics?
    /// Per layer, mean over seeds: first-step and last-epoch weight-gradient norms.
    public let initialGradientNorms: [Double]
    public let finalGradientNorms: [Double]
    public let seconds: SampleStatistics

    public init(runs: [RunResult]) {
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
    public static func group(_ runs: [RunResult]) -> [ConfigurationSummary] {
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
    public func meanHistory(_ metric: (EpochReport) -> Double?) -> [Double] {
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
