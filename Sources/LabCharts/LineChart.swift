/// A line chart of several named series, on linear or logarithmic axes, as a standalone SVG.
///
/// LabCharts is the kit's own small charting library (Foundation only, no other kit module),
/// so experiments can draw their results on a machine with nothing but Swift installed. Every
/// chart is a value: build it, then call `svg()` for a standalone document or `write(to:)` for a
/// file. The output is deterministic, byte for byte.
///
/// ```swift
/// import Foundation
/// import LabCharts
///
/// let epochs = [0.61, 0.74, 0.79, 0.82]
/// let validation = [0.66, 0.73, 0.77, 0.78]
/// let chart = LineChart(
///     title: "ReLU on Fashion-MNIST",
///     x: Axis("epoch"),
///     y: Axis("accuracy"),
///     series: [
///         LineSeries("relu train", perEpoch: epochs, color: Color.series(0)),
///         LineSeries("relu validation", perEpoch: validation, style: .dashed, color: Color.series(0)),
///     ])
/// try chart.write(to: URL(fileURLWithPath: "accuracy.svg"))
/// ```
///
/// The other pictures of the kit, continuing that example:
///
/// ```swift
/// // Gradient norm per layer, one line per activation, on a log scale (vanishing gradients):
/// let gradients = LineChart(
///     title: "Gradient norm by layer", x: Axis("layer"), y: Axis("‖∂L/∂W‖", scale: .log10),
///     series: [LineSeries("sigmoid", x: [1, 2, 3, 4], y: [3e-5, 4e-4, 6e-3, 8e-2], markers: true)])
/// // Test accuracy against depth 1, 2, 4, 8, 16, on a doubling x axis:
/// let depth = LineChart(
///     title: "Accuracy by depth", x: Axis("hidden layers", scale: .log2), y: Axis("test accuracy"),
///     series: [LineSeries("relu", x: [1, 2, 4, 8, 16], y: [0.84, 0.86, 0.87, 0.86, 0.85], markers: true)])
/// // Bars with error bars, a decision boundary, several panels in one file:
/// let dead = BarChart(title: "Dead units", categories: ["relu", "elu"],
///                     series: [BarSeries("depth 4", values: [0.3, 0], errors: [0.05, nil])])
/// let boundary = DecisionBoundaryChart(
///     title: "tanh", xRange: -1...1, yRange: -1...1, columns: 2, rows: 2, classes: [0, 1, 1, 0],
///     points: [ClassPoint(x: 0.5, y: 0.5, classIndex: 0)], size: .panel)
/// try ChartGrid(title: "Small multiples", columns: 2, charts: [boundary, boundary])
///     .write(to: URL(fileURLWithPath: "boundaries.svg"))
/// for (picture, name) in [(gradients, "gradients"), (depth, "depth"), (dead, "dead")] as [(any Chart, String)] {
///     try picture.write(to: URL(fileURLWithPath: "\(name).svg"))
/// }
/// ```
///
/// Layout rules, so a chart needs no tuning: the ranges come from the data, widened to round
/// ticks (1-2-5 steps; decades 10ⁿ on a log axis); the legend sits right of the plot, or
/// below it when the names are long, never on the data; colours default to the colour-blind
/// safe Okabe–Ito palette in series order; points that cannot be drawn (non-finite, or not
/// positive on a log axis) break their line and are counted in a footnote, never silently.
public struct LineChart: Chart, Hashable {
    public var title: String
    public var x: Axis
    public var y: Axis
    public var series: [LineSeries]
    public var size: ChartSize
    /// Labelled points drawn over the lines (see `ChartMark`).
    public var marks: [ChartMark] = []

    public init(title: String, x: Axis, y: Axis, series: [LineSeries], size: ChartSize = .standard) {
        self.title = title
        self.x = x
        self.y = y
        self.series = series
        self.size = size
    }

    public func draw(in canvas: inout SVGCanvas) {
        let drawable = series.map { line in
            line.points.map { x.scale.accepts($0.x) && y.scale.accepts($0.y) ? $0 : nil }
        }
        let valid = drawable.flatMap { $0.compactMap { $0 } }
        let legend = Legend(entries: series.indices.map { index in
            LegendEntry(name: series[index].name, color: color(index),
                        symbol: .line(series[index].style, markers: series[index].markers),
                        series: series[index].name, group: series[index].group)
        })
        let layout = ChartLayout(
            size: size, title: title, xLabel: x.label, yLabel: y.label, legend: legend,
            footnote: footnote(skipped: series.reduce(0) { $0 + $1.points.count } - valid.count),
            resolveY: { y.resolved(values: valid.map(\.y), length: $0, horizontal: false, padded: true) },
            resolveX: { x.resolved(values: valid.map(\.x), length: $0, horizontal: true, padded: true) })

        let clip = canvas.id("plot-area")
        canvas.open("defs")
        canvas.open("clipPath", [("id", clip)])
        // A little beyond the frame, so a marker on the edge is whole.
        canvas.rect(x: layout.plot.x - 6, y: layout.plot.y - 6, width: layout.plot.width + 12,
                    height: layout.plot.height + 12, fill: .white)
        canvas.close("clipPath")
        canvas.close("defs")
        layout.drawGrid(in: &canvas)
        canvas.open("g", [("clip-path", "url(#\(clip))")])
        for (index, line) in series.enumerated() {
            let pixels = drawable[index].map { point in point.map { (layout.px($0.x), layout.py($0.y)) } }
            let data = SVGCanvas.pathData(pixels)
            guard !data.isEmpty else { continue }
            let tags = ChartData.seriesAttributes(line.name, group: line.group)
            var attributes = [("class", "series"), ("d", data), ("fill", "none"),
                              ("stroke", color(index).hex), ("stroke-width", "2"),
                              ("stroke-linejoin", "round"), ("stroke-linecap", "round")]
            if let dash = line.style.dashArray { attributes.append(("stroke-dasharray", dash)) }
            canvas.element("path", attributes + tags)
            if line.markers {
                // Each marker carries its values and a tooltip (see `ChartData`).
                canvas.open("g", [("class", "markers")] + tags)
                for case let (point?, pixel?) in zip(drawable[index], pixels) {
                    let x = ChartData.value(point.x), y = ChartData.value(point.y)
                    canvas.element("circle", [
                        ("cx", SVGNumber.format(pixel.0)), ("cy", SVGNumber.format(pixel.1)), ("r", "3.5"),
                        ("fill", color(index).hex), ("stroke", Color.white.hex), ("stroke-width", "1"),
                        ("data-x", x), ("data-y", y),
                    ], title: "\(line.name): \(ChartData.labelled(self.x.label, x)), \(ChartData.labelled(self.y.label, y))")
                }
                canvas.close("g")
            }
        }
        canvas.close("g")
        if !marks.isEmpty { ChartMark.draw(marks, in: &canvas, layout: layout) }
        layout.drawChrome(in: &canvas)
    }

    private func color(_ index: Int) -> Color {
        series[index].color ?? Color.series(index)
    }

    /// Says how many points were left out, and why, so a gap in a line is never a mystery.
    private func footnote(skipped: Int) -> String? {
        guard skipped > 0 else { return nil }
        let logAxes = [x, y].contains { $0.scale != .linear }
        let reason = logAxes ? "not finite, or not positive on a log axis" : "not finite"
        return "\(skipped) point\(skipped == 1 ? "" : "s") not drawn (\(reason))"
    }
}

/// A named sequence of (x, y) points drawn as one line.
///
/// Points are joined in the order given. A point that cannot be drawn — NaN, ±∞, or not
/// positive on a log axis — breaks the line there instead of being joined across, so a
/// diverged run shows as a line that stops, not as a misleading straight segment.
public struct LineSeries: Sendable, Hashable {
    /// The legend entry.
    public var name: String
    public var points: [ChartPoint]
    public var style: LineStyle
    /// Whether to mark every point with a dot: useful for a few points (accuracy per depth),
    /// noise for hundreds.
    public var markers: Bool
    /// nil picks the next Okabe–Ito colour by the series' position.
    public var color: Color?
    /// Series that belong together, e.g. one activation's training and validation curves: a
    /// page's picker shows and hides them as one (`ChartData`). nil: the series alone.
    public var group: String?

    public init(_ name: String, points: [ChartPoint], style: LineStyle = .solid,
                markers: Bool = false, color: Color? = nil, group: String? = nil) {
        self.name = name
        self.points = points
        self.style = style
        self.markers = markers
        self.color = color
        self.group = group
    }

    /// A series from parallel arrays of x and y values (the shorter one decides the length).
    public init(_ name: String, x: [Double], y: [Double], style: LineStyle = .solid,
                markers: Bool = false, color: Color? = nil, group: String? = nil) {
        self.init(name, points: zip(x, y).map { ChartPoint(x: $0, y: $1) }, style: style,
                  markers: markers, color: color, group: group)
    }

    /// A series of one value per epoch: x = 1, 2, 3, … as Keras numbers epochs.
    public init(_ name: String, perEpoch values: [Double], style: LineStyle = .solid,
                markers: Bool = false, color: Color? = nil, group: String? = nil) {
        self.init(name, x: values.indices.map { Double($0 + 1) }, y: values, style: style,
                  markers: markers, color: color, group: group)
    }
}

/// How a series' line is stroked. The kit's convention: training curves solid, validation
/// curves dashed in the same colour, so colour says *which* model and dashing says *which data*.
public enum LineStyle: Sendable, Hashable {
    case solid
    case dashed
    case dotted

    /// The SVG `stroke-dasharray`, nil for a solid line.
    var dashArray: String? {
        switch self {
        case .solid: nil
        case .dashed: "7 4"
        case .dotted: "2 3"
        }
    }
}
