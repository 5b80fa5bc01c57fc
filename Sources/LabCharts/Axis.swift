import Foundation

/// One axis of a chart: its label, its scale, and optionally a fixed range.
///
/// ```swift
/// Axis("epoch")                                   // linear, range from the data
/// Axis("gradient norm", scale: .log10)            // decades 10ⁿ
/// Axis("accuracy", range: 0...1)                  // fixed range
/// Axis("epoch", integerTicks: true)               // 1, 2, 3 …, never 1.5
/// ```
public struct Axis: Sendable, Hashable {
    /// The axis title, drawn beside the axis; empty for none.
    public var label: String
    public var scale: AxisScale
    /// A fixed range; nil takes the data's range, widened to round tick values. On a log
    /// scale a fixed range must be positive, otherwise the data's range is used.
    public var range: ClosedRange<Double>?
    /// Ticks only at whole numbers, for counted quantities (epochs, layers, depths): a tick
    /// at epoch 1.5 names a point no run ever measured. A linear axis then steps by 1, 2, 5,
    /// 10 … and a log axis keeps its powers from 1 up (1, 2, 4 … or 1, 10, 100 …).
    public var integerTicks: Bool

    public init(_ label: String = "", scale: AxisScale = .linear, range: ClosedRange<Double>? = nil,
                integerTicks: Bool = false) {
        self.label = label
        self.scale = scale
        self.range = range
        self.integerTicks = integerTicks
    }

    /// The axis resolved against the values that will be drawn on it, with ticks for an axis
    /// `length` pixels long, running across the chart (x) when `horizontal`; `padded` leaves a
    /// margin around the data instead of ending on round ticks (see `ResolvedAxis`).
    func resolved(values: [Double], length: Double, horizontal: Bool, padded: Bool = false) -> ResolvedAxis {
        ResolvedAxis(scale: scale, fixedRange: range, values: values.filter(scale.accepts), length: length,
                     horizontal: horizontal, padded: padded, integerTicks: integerTicks)
    }
}

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

/// An axis with its final range and ticks, ready to map values to pixels.
///
/// Without a fixed range, a linear axis either gets a 5 % margin on each side (`padded`, for
/// lines: a curve that runs along the frame, like a binary step's 0 and 1, would vanish into
/// it) or is widened to whole tick steps (for bars, whose baseline must be the axis). A log
/// axis gets the same margin in log space when at least two powers (10ⁿ, or 2ⁿ) remain inside
/// it; otherwise it is widened to whole powers, so that there are always labelled ones.
/// With `integerTicks` the linear step is at least 1 and a log axis keeps no tick below 1, so
/// every tick is a whole number.
struct ResolvedAxis: Sendable {
    let scale: AxisScale
    let lower: Double
    let upper: Double
    let ticks: [Tick]
    /// Unlabelled grid lines between the ticks (2 … 9 × 10ⁿ on a log axis of at most three
    /// decades, where they stay legible).
    let minorTicks: [Double]

    /// Roughly one labelled tick per this many pixels on a linear axis: room for a label
    /// like "0.875" with space on either side.
    static let pixelsPerTick = 60.0
    /// On a log axis every decade should get its label as long as labels do not collide:
    /// skipping decades hides exactly the orders of magnitude the axis is there to show. Labels
    /// stacked vertically need a line height each; side by side they need their width.
    static func pixelsPerDecade(horizontal: Bool) -> Double { horizontal ? 44 : 26 }

    init(scale: AxisScale, fixedRange: ClosedRange<Double>?, values: [Double], length: Double, horizontal: Bool,
         padded: Bool, integerTicks: Bool) {
        self.scale = scale
        let fixed = fixedRange.flatMap { range in
            scale.accepts(range.lowerBound) && scale.accepts(range.upperBound) && range.upperBound > range.lowerBound
                ? range : nil
        }
        switch scale {
        case .linear:
            var low = fixed?.lowerBound ?? values.min() ?? 0
            var high = fixed?.upperBound ?? values.max() ?? 1
            if high - low <= abs(high) * 1e-12 {
                let pad = low == 0 ? 1 : abs(low) * 0.1
                low -= pad
                high += pad
            }
            if fixed == nil, padded, (high - low).isFinite {
                let margin = (high - low) * 0.05
                low -= margin
                high += margin
            }
            let niceStep = NiceStep.step(span: high - low, count: max(2, Int(length / Self.pixelsPerTick)))
            // 1-2-5 steps of at least 1 are whole numbers, and so are all their multiples.
            let step = integerTicks ? max(niceStep, 1) : niceStep
            if fixed == nil, !padded {
                low = (low / step + 1e-9).rounded(.down) * step
                high = (high / step - 1e-9).rounded(.up) * step
            }
            let decimals = NiceStep.decimals(for: step)
            let first = Int((low / step - 1e-9).rounded(.up))
            let last = Int((high / step + 1e-9).rounded(.down))
            lower = low
            upper = high
            ticks = (first...max(first, last)).map { index in
                let value = Double(index) * step
                return Tick(value: value, label: TickLabel.linear(value, decimals: decimals))
            }.filter { $0.value >= low - step * 1e-6 && $0.value <= high + step * 1e-6 }
            minorTicks = []
        case .log10, .log2:
            let base = scale == .log10 ? 10.0 : 2.0
            let low = fixed?.lowerBound ?? values.min() ?? 1
            let high = fixed?.upperBound ?? values.max() ?? base
            let logLow = scale.transform(low)
            let logHigh = scale.transform(high)
            var firstPower = Int((logLow + 1e-9).rounded(.down))
            var lastPower = Int((logHigh - 1e-9).rounded(.up))
            if lastPower <= firstPower { lastPower = firstPower + 1 }
            let margin = padded ? (logHigh - logLow) * 0.05 : 0
            let paddedFirst = Int((logLow - margin - 1e-9).rounded(.up))
            let paddedLast = Int((logHigh + margin + 1e-9).rounded(.down))
            if fixed != nil {
                firstPower = Int((logLow - 1e-9).rounded(.up))
                lastPower = Int((logHigh + 1e-9).rounded(.down))
                lower = low
                upper = high
            } else if padded, paddedLast > paddedFirst {
                // The margins still leave two labelled powers or more: keep them.
                firstPower = paddedFirst
                lastPower = paddedLast
                lower = pow(base, logLow - margin)
                upper = pow(base, logHigh + margin)
            } else {
                lower = pow(base, Double(firstPower))
                upper = pow(base, Double(lastPower))
            }
            let maxDecades = max(1, Int(length / Self.pixelsPerDecade(horizontal: horizontal)))
            let stride = max(1, Int((Double(lastPower - firstPower) / Double(maxDecades)).rounded(.up)))
            let powers = firstPower <= lastPower
                ? Swift.stride(from: firstPower, through: lastPower, by: stride).filter { !integerTicks || $0 >= 0 } : []
            ticks = powers.map { power in
                Tick(value: pow(base, Double(power)),
                     label: scale == .log10 ? TickLabel.power(of: 10, exponent: power)
                                            : TickLabel.powerOfTwo(exponent: power))
            }
            if scale == .log10, stride == 1, lastPower - firstPower <= 3 {
                let (lower, upper) = (self.lower, self.upper)
                // Minor ticks are positive, so 0 keeps them all; 1 keeps the whole ones.
                let smallest: Double = integerTicks ? 1 : 0
                minorTicks = (firstPower - 1...lastPower).flatMap { power in
                    (2...9).map { Double($0) * pow(10, Double(power)) }
                }.filter { $0 > lower && $0 < upper && $0 >= smallest }
            } else {
                minorTicks = []
            }
        }
    }

    /// Where `value` falls between the axis ends: 0 at `lower`, 1 at `upper`.
    func fraction(_ value: Double) -> Double {
        let low = scale.transform(lower)
        let high = scale.transform(upper)
        return (scale.transform(value) - low) / (high - low)
    }

    /// Whether `value` lies within the axis range (with a little tolerance for rounding).
    func contains(_ value: Double) -> Bool {
        let t = fraction(value)
        return t >= -1e-9 && t <= 1 + 1e-9
    }

    /// The widest tick label, for the margin beside a vertical axis.
    func widestLabel(size: Double) -> Double {
        ticks.map { TextMetrics.width($0.label, size: size) }.max() ?? 0
    }
}

/// A labelled position on an axis.
struct Tick: Sendable, Hashable {
    var value: Double
    var label: String
}

/// How tick values are written: fixed decimals chosen from the tick step, a real minus sign,
/// and powers written as 10ⁿ with superscript digits, so labels are short, aligned and the
/// same on every machine. Public so that prose (LabExperiments' `Format.magnitude`) writes powers
/// exactly as the axes do.
public enum TickLabel {
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
    public static func power(of base: Int, exponent: Int) -> String {
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
