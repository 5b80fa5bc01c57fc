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
