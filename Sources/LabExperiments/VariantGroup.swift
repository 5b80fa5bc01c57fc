/// The configurations measured at one variant (one depth, one data set…), each weighed against
/// the best of them: the unit of every comparison in the summaries. Comparing only within a
/// variant keeps a 16-layer sigmoid from being "beaten" by a 1-layer ReLU.
public struct VariantGroup: Sendable {
    /// nil for experiments that sweep nothing.
    public let variant: String?
    /// In the experiment's order.
    public let configurations: [ConfigurationSummary]
    /// The configuration with the highest mean test accuracy.
    public let best: ConfigurationSummary
    /// Each configuration's verdict against `best`, by configuration key (none for `best`).
    public let verdicts: [String: NoiseVerdict]

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
    public static func groups(_ configurations: [ConfigurationSummary]) -> [VariantGroup] {
        var order: [String?] = []
        for configuration in configurations where !order.contains(configuration.spec.variant) {
            order.append(configuration.spec.variant)
        }
        return order.map { variant in
            VariantGroup(variant: variant, configurations: configurations.filter { $0.spec.variant == variant })
        }
    }
}
