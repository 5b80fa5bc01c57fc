import Foundation
import LabCharts

/// The number formats every table and chart label shares, so the same quantity never appears
/// with two different precisions.
public enum Format {
    /// An accuracy as a fraction with three decimals, like the articles ("0.875").
    public static func accuracy(_ value: Double) -> String {
        value.isFinite ? String(format: "%.3f", value) : "n/a"
    }

    /// A difference of accuracies in percentage points: 0.003 → "0.30 pt".
    public static func points(_ value: Double) -> String {
        value.isFinite ? String(format: "%.2f pt", value * 100) : "n/a"
    }

    /// A signed difference in percentage points: "+0.30 pt".
    static func signedPoints(_ value: Double) -> String {
        value.isFinite ? String(format: "%+.2f pt", value * 100) : "n/a"
    }

    /// "mean ± std" for an accuracy, or just the mean for a single run.
    public static func accuracy(_ statistics: SampleStatistics) -> String {
        guard let deviation = statistics.standardDeviation else { return accuracy(statistics.mean) }
        return "\(accuracy(statistics.mean)) ± \(accuracy(deviation))"
    }

    /// A loss or other positive quantity with four significant digits.
    public static func number(_ value: Double) -> String {
        value.isFinite ? String(format: "%.4g", value) : "n/a"
    }

    /// "mean ± std": the deviation with two significant digits and the mean to the same decimal
    /// place ("0.3568 ± 0.0027"), since digits below the noise mean nothing.
    public static func number(_ statistics: SampleStatistics) -> String {
        guard let deviation = statistics.standardDeviation else { return number(statistics.mean) }
        guard deviation.isFinite, deviation > 0, statistics.mean.isFinite else {
            return "\(number(statistics.mean)) ± \(number(deviation))"
        }
        let decimals = min(8, max(0, 1 - Int(log10(deviation).rounded(.down))))
        return String(format: "%.*f ± %.*f", decimals, statistics.mean, decimals, deviation)
    }

    /// A gradient norm, which spans many orders of magnitude: "3.2e-05".
    public static func scientific(_ value: Double) -> String {
        value.isFinite ? String(format: "%.2g", value) : "n/a"
    }

    /// A ratio that may span orders of magnitude, for prose: "0.41", "0.052", "2.6·10⁻¹⁰".
    public static func magnitude(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        guard value != 0 else { return "0" }
        if abs(value) >= 0.01, abs(value) < 1000 { return String(format: "%.2g", value) }
        var exponent = Int(floor(log10(abs(value))))
        var mantissa = String(format: "%.2g", value / pow(10, Double(exponent)))
        if mantissa == "10" || mantissa == "-10" {
            exponent += 1
            mantissa = mantissa.hasPrefix("-") ? "-1" : "1"
        }
        let power = TickLabel.power(of: 10, exponent: exponent)
        switch mantissa {
        case "1": return power
        case "-1": return "−" + power
        default: return mantissa.replacingOccurrences(of: "-", with: "−") + "·" + power
        }
    }

    /// A fraction as a percentage: 0.125 → "12.5%".
    public static func percent(_ value: Double) -> String {
        value.isFinite ? String(format: "%.1f%%", value * 100) : "n/a"
    }

    /// A duration: "42 s", "3 min 05 s".
    public static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "?" }
        let whole = Int(seconds.rounded())
        if whole < 60 { return seconds < 10 ? String(format: "%.1f s", seconds) : "\(whole) s" }
        if whole < 3600 { return String(format: "%d min %02d s", whole / 60, whole % 60) }
        return String(format: "%d h %02d min", whole / 3600, (whole % 3600) / 60)
    }
}
