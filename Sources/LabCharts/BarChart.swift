/// A grouped bar chart: categories along x, one bar per series within each category, with
/// optional value labels and ± error bars.
///
/// ```swift
/// let chart = BarChart(
///     title: "Dead ReLUs after training",
///     categories: ["depth 2", "depth 4", "depth 8"],
///     series: [
///         BarSeries("relu", values: [0.05, 0.12, 0.31], errors: [0.01, 0.02, 0.05]),
///         BarSeries("leaky-relu", values: [0, 0, 0]),
///     ],
///     y: Axis("fraction of dead units", range: 0...1),
///     valueLabels: true)
/// let svg = chart.svg()
/// ```
///
/// The y axis is always linear and always includes zero: a bar's length *is* its value, so a
/// log axis or a cut-off baseline would misrepresent it (`y.scale` is ignored).
public struct BarChart: Chart, Hashable {
    public var title: String
    public var categories: [String]
    public var series: [BarSeries]
    public var y: Axis
    public var xLabel: String
    /// Whether to write each bar's value above it.
    public var valueLabels: Bool
    /// Decimals of the value labels.
    public var decimals: Int
    public var size: ChartSize

    public init(title: String, categories: [String], series: [BarSeries], y: Axis = Axis(),
                xLabel: String = "", valueLabels: Bool = false, decimals: Int = 2,
                size: ChartSize = .standard) {
        self.title = title
        self.categories = categories
        self.series = series
        self.y = y
        self.xLabel = xLabel
        self.valueLabels = valueLabels
        self.decimals = decimals
        self.size = size
    }

    public func draw(in canvas: inout SVGCanvas) {
        let yAxis = Axis(y.label, scale: .linear, range: y.range, integerTicks: y.integerTicks)
        var extents = [0.0]
        var missing = 0
        for bars in series {
            for index in categories.indices {
                guard let value = bars.value(at: index) else {
                    missing += 1
                    continue
                }
                let error = bars.error(at: index) ?? 0
                extents += [value - error, value + error]
            }
        }
        let legend = Legend(entries: series.indices.map {
            LegendEntry(name: series[$0].name, color: color($0), symbol: .swatch, series: series[$0].name)
        })
        let labelWidth = categories.map { TextMetrics.width($0, size: ChartLayout.tickFontSize) }.max() ?? 0
        let estimatedBand = size.width * 0.7 / Double(max(categories.count, 1))
        let rotate = labelWidth > estimatedBand * 0.9
        let layout = ChartLayout(
            size: size, title: title, xLabel: xLabel, yLabel: y.label, legend: legend,
            footnote: missing > 0 ? "\(missing) bar\(missing == 1 ? "" : "s") missing (no value)" : nil,
            xTickBand: rotate ? labelWidth * 0.6 + 24 : 24,
            resolveY: { yAxis.resolved(values: extents, length: $0, horizontal: false) },
            resolveX: { _ in nil })

        layout.drawGrid(in: &canvas)
        let band = layout.plot.width / Double(max(categories.count, 1))
        let barWidth = band * 0.8 / Double(max(series.count, 1))
        let baseline = layout.py(min(max(0, layout.yAxis.lower), layout.yAxis.upper))
        for (seriesIndex, bars) in series.enumerated() {
            canvas.open("g", [("class", "series")] + ChartData.seriesAttributes(bars.name))
            for index in categories.indices {
                guard let value = bars.value(at: index) else { continue }
                let left = layout.plot.x + band * (Double(index) + 0.1) + barWidth * Double(seriesIndex)
                let top = layout.py(value)
                // Each bar carries its value and a tooltip (see `ChartData`).
                let shown = ChartData.value(value) + (bars.error(at: index).map { " ± " + ChartData.value($0) } ?? "")
                let place = series.count > 1 ? "\(categories[index]) (\(bars.name))" : categories[index]
                canvas.element("rect", [
                    ("class", "bar"), ("x", SVGNumber.format(left)), ("y", SVGNumber.format(min(top, baseline))),
                    ("width", SVGNumber.format(barWidth * 0.92)), ("height", SVGNumber.format(abs(baseline - top))),
                    ("fill", color(seriesIndex).hex), ("data-x", categories[index]), ("data-y", ChartData.value(value)),
                ], title: "\(place): \(ChartData.labelled(y.label, shown))")
                let center = left + barWidth * 0.46
                var labelY = value >= 0 ? top - 4 : top + 12
                if let error = bars.error(at: index) {
                    let (high, low) = (layout.py(value + error), layout.py(value - error))
                    let cap = barWidth * 0.2
                    canvas.open("g", [("class", "error-bar")])
                    canvas.line(x1: center, y1: high, x2: center, y2: low, color: .ink, width: 1.2)
                    canvas.line(x1: center - cap, y1: high, x2: center + cap, y2: high, color: .ink, width: 1.2)
                    canvas.line(x1: center - cap, y1: low, x2: center + cap, y2: low, color: .ink, width: 1.2)
                    canvas.close("g")
                    labelY = value >= 0 ? high - 4 : low + 12
                }
                if valueLabels {
                    canvas.text(TickLabel.linear(value, decimals: decimals), x: center, y: labelY,
                                size: 10, anchor: .middle, color: .secondaryInk)
                }
            }
            canvas.close("g")
        }
        for (index, category) in categories.enumerated() {
            let x = layout.plot.x + band * (Double(index) + 0.5)
            if rotate {
                canvas.text(category, x: x, y: layout.plot.maxY + 14, size: ChartLayout.tickFontSize,
                            anchor: .end, rotation: -35)
            } else {
                canvas.text(category, x: x, y: layout.plot.maxY + 17, size: ChartLayout.tickFontSize,
                            anchor: .middle)
            }
        }
        layout.drawChrome(in: &canvas)
    }

    private func color(_ index: Int) -> Color {
        series[index].color ?? Color.series(index)
    }
}

/// One named set of bars in a `BarChart`: one value per category, optionally with an error
/// half-width (e.g. the standard deviation over seeds, drawn as value ± error).
public struct BarSeries: Sendable, Hashable {
    /// The legend entry.
    public var name: String
    /// One per category, in the chart's category order; nil (or non-finite) for a missing bar.
    public var values: [Double?]
    /// Error half-widths, parallel to `values`; nil for no error bars at all, a nil element
    /// for none on that bar (a single seed has no spread, and drawing ± 0 would claim one).
    public var errors: [Double?]?
    /// nil picks the next Okabe–Ito colour by the series' position.
    public var color: Color?

    public init(_ name: String, values: [Double?], errors: [Double?]? = nil, color: Color? = nil) {
        self.name = name
        self.values = values
        self.errors = errors
        self.color = color
    }

    /// The bar for category `index`, if present and finite.
    func value(at index: Int) -> Double? {
        guard index < values.count, let value = values[index], value.isFinite else { return nil }
        return value
    }

    /// The error half-width for category `index`, if present, finite and positive.
    func error(at index: Int) -> Double? {
        guard let errors, index < errors.count, let error = errors[index], error.isFinite, error > 0 else {
            return nil
        }
        return error
    }
}
