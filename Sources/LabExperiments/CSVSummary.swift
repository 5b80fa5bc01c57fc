import Foundation

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
