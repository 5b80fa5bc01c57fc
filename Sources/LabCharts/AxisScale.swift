import Foundation

/// How data values map to positions along an axis.
public enum AxisScale: Sendable, Hashable {
    /// Equal distances for equal differences; ticks at 1-2-5 steps.
    case linear
    /// Equal distances for equal ratios, ticks at the decades 10ⁿ: for quantities spanning
    /// orders of magnitude, such as gradient norms that vanish layer by layer.
    case log10
    /// Equal distances for doublings, ticks at the powers of two: for sizes such as network
    /// depths 1, 2, 4, 8, 16.
    case log2

    /// Whether `value` can be placed on this scale at all: finite, and positive on a log scale.
    /// Points failing this are left out of the drawing (and counted in the chart's footnote).
    func accepts(_ value: Double) -> Bool {
        switch self {
        case .linear: value.isFinite
        case .log10, .log2: value.isFinite && value > 0
        }
    }

    /// The value in the space where the scale is linear.
    func transform(_ value: Double) -> Double {
        switch self {
        case .linear: value
        case .log10: Foundation.log10(value)
        case .log2: Foundation.log2(value)
        }
    }
}
