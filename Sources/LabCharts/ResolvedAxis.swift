import Foundation

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
