import Foundation

/// Heckbert's "nice numbers" (Graphics Gems, 1990): tick steps of 1, 2 or 5 times a power of
/// ten, the steps a reader can add up in their head.
enum NiceStep {
    /// The smallest 1-2-5 step that splits `span` into at most `count` intervals.
    /// A `span` too wide for a Double (from −1e308 to 1e308) counts as the widest finite one.
    static func step(span: Double, count: Int) -> Double {
        guard span > 0 else { return 1 }
        let raw = min(span, .greatestFiniteMagnitude) / Double(max(count, 1))
        let magnitude = pow(10, floor(log10(raw)))
        for multiple in [1.0, 2, 5, 10] where multiple * magnitude >= raw * (1 - 1e-9) {
            return multiple * magnitude
        }
        return 10 * magnitude
    }

    /// Decimals needed to write multiples of `step` exactly (a 1-2-5 step never needs more
    /// than its own leading digit's position).
    static func decimals(for step: Double) -> Int {
        max(0, -Int(floor(log10(step) + 1e-9)))
    }
}
