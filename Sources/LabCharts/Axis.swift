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
