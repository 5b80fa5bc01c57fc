import Foundation

/// The one way numbers are written into SVG markup.
///
/// Charts must be byte-for-byte reproducible (the same results give the same files, so a diff
/// shows real changes only), so coordinates are rounded to a fixed number of decimals with the
/// C locale's `printf`, trailing zeros dropped and `-0` folded into `0`. Two decimals is a
/// hundredth of a pixel: far below what any screen shows.
enum SVGNumber {
    /// `value` with at most `decimals` decimals: `12.5`, `3`, `-0.25`.
    static func format(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return "0" }
        var text = String(format: "%.\(decimals)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }
}
