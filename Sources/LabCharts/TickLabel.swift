import Foundation

/// How tick values are written: fixed decimals chosen from the tick step, a real minus sign,
/// and powers written as 10ⁿ with superscript digits, so labels are short, aligned and the
/// same on every machine.
enum TickLabel {
    /// `value` with `decimals` decimals; very large or very small magnitudes in scientific
    /// notation (`2e-05`) rather than a string of zeros.
    static func linear(_ value: Double, decimals: Int) -> String {
        let magnitude = abs(value)
        let text: String
        if magnitude >= 1e6 || decimals > 5 {
            text = String(format: "%.3g", value)
        } else {
            text = String(format: "%.\(decimals)f", value)
        }
        return minusSign(text)
    }

    /// `10ⁿ` with superscript exponent, e.g. 10⁻³.
    static func power(of base: Int, exponent: Int) -> String {
        "\(base)" + superscript(exponent)
    }

    /// A power of two written out in full: 1, 2, 16, 0.5, 0.25 … (the way depths and widths
    /// are spoken), falling back to 2ⁿ where that would be long.
    static func powerOfTwo(exponent: Int) -> String {
        if (0...20).contains(exponent) { return "\(1 << exponent)" }
        if (-4 ... -1).contains(exponent) {
            return String(format: "%g", pow(2.0, Double(exponent)))
        }
        return power(of: 2, exponent: exponent)
    }

    static func superscript(_ exponent: Int) -> String {
        let digits: [Character: Character] = [
            "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴",
            "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "-": "⁻",
        ]
        return String(String(exponent).map { digits[$0] ?? $0 })
    }

    /// U+2212 MINUS SIGN instead of a hyphen, the width of a plus sign so columns line up.
    /// Also folds a rounded-away negative zero ("-0.0") into "0.0".
    static func minusSign(_ text: String) -> String {
        guard text.hasPrefix("-") else { return text }
        let digits = text.dropFirst()
        return digits.allSatisfy { $0 == "0" || $0 == "." } ? String(digits) : "\u{2212}" + digits
    }
}
