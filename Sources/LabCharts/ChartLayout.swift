/// Where everything around a plot goes — title, axes, tick labels, axis titles, legend,
/// footnote — and the drawing of all of it, shared by every chart kind.
///
/// Margins are computed from the actual labels (the widest y tick label, the legend's longest
/// name) rather than fixed, so nothing is clipped and nothing overlaps. The y axis is resolved
/// first because its ticks depend only on the plot's height, which does not depend on the
/// y labels' width; the x axis comes last, once the width is known.
struct ChartLayout: Sendable {
    let size: ChartSize
    let title: String
    let xLabel: String
    let yLabel: String
    let plot: Rect
    /// nil for a categorical x axis, whose labels the chart draws itself.
    let xAxis: ResolvedAxis?
    let yAxis: ResolvedAxis
    let legend: Legend
    /// Non-empty when the legend goes below the plot.
    let legendRows: [[LegendEntry]]
    let footnote: String?
    /// Height below the plot reserved for x tick labels.
    let xTickBand: Double

    static let tickFontSize = 11.0
    static let labelFontSize = 12.0
    static let titleFontSize = 16.0

    /// - Parameters:
    ///   - legendBelow: put the legend below even if it would fit on the right (narrow
    ///     panels, whose plot should keep the width).
    ///   - xTickBand: height below the plot reserved for x tick labels.
    ///   - resolveY: the y axis for a plot of the given height.
    ///   - resolveX: the x axis for a plot of the given width, nil for categories.
    init(size: ChartSize, title: String, xLabel: String, yLabel: String, legend: Legend,
         footnote: String?, legendBelow: Bool = false, xTickBand: Double = 24,
         resolveY: (Double) -> ResolvedAxis, resolveX: (Double) -> ResolvedAxis?) {
        self.size = size
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.legend = legend
        self.footnote = footnote
        self.xTickBand = xTickBand
        let legendOnRight = !legendBelow && !legend.entries.isEmpty && legend.columnWidth <= size.width * 0.3
        legendRows = legend.entries.isEmpty || legendOnRight ? [] : legend.rows(width: size.width - 32)

        let top = title.isEmpty ? 16.0 : 44
        var bottom = xTickBand + 8
        if !xLabel.isEmpty { bottom += 20 }
        if !legendRows.isEmpty { bottom += Double(legendRows.count) * Legend.rowHeight + 8 }
        if footnote != nil { bottom += 16 }
        let plotHeight = max(size.height - top - bottom, 40)
        let yAxis = resolveY(plotHeight)
        let left = 12 + (yLabel.isEmpty ? 0 : 20) + yAxis.widestLabel(size: Self.tickFontSize) + 8
        let right = legendOnRight ? legend.columnWidth + 32 : 20
        let plotWidth = max(size.width - left - right, 40)
        self.yAxis = yAxis
        xAxis = resolveX(plotWidth)
        plot = Rect(x: left, y: top, width: plotWidth, height: plotHeight)
    }

    /// Horizontal pixel of `value` on the x axis.
    func px(_ value: Double) -> Double {
        plot.x + (xAxis?.fraction(value) ?? 0) * plot.width
    }

    /// Vertical pixel of `value` on the y axis.
    func py(_ value: Double) -> Double {
        plot.maxY - yAxis.fraction(value) * plot.height
    }

    /// Grid lines behind the data: minor, major, then the zero lines slightly darker.
    func drawGrid(in canvas: inout SVGCanvas) {
        canvas.open("g", [("class", "grid")])
        for value in yAxis.minorTicks {
            canvas.line(x1: plot.x, y1: py(value), x2: plot.maxX, y2: py(value), color: .minorGrid)
        }
        for value in xAxis?.minorTicks ?? [] {
            canvas.line(x1: px(value), y1: plot.y, x2: px(value), y2: plot.maxY, color: .minorGrid)
        }
        for tick in yAxis.ticks {
            canvas.line(x1: plot.x, y1: py(tick.value), x2: plot.maxX, y2: py(tick.value), color: .grid)
        }
        for tick in xAxis?.ticks ?? [] {
            canvas.line(x1: px(tick.value), y1: plot.y, x2: px(tick.value), y2: plot.maxY, color: .grid)
        }
        if yAxis.scale == .linear, yAxis.lower < 0, yAxis.upper > 0 {
            canvas.line(x1: plot.x, y1: py(0), x2: plot.maxX, y2: py(0), color: .zeroLine)
        }
        if let xAxis, xAxis.scale == .linear, xAxis.lower < 0, xAxis.upper > 0 {
            canvas.line(x1: px(0), y1: plot.y, x2: px(0), y2: plot.maxY, color: .zeroLine)
        }
        canvas.close("g")
    }

    /// Everything in front of the data or around it: frame, ticks, labels, title, legend, footnote.
    func drawChrome(in canvas: inout SVGCanvas) {
        canvas.open("g", [("class", "axes")])
        canvas.rect(x: plot.x, y: plot.y, width: plot.width, height: plot.height, fill: nil, stroke: .zeroLine)
        for tick in yAxis.ticks {
            let y = py(tick.value)
            canvas.line(x1: plot.x - 4, y1: y, x2: plot.x, y2: y, color: .ink)
            canvas.text(tick.label, x: plot.x - 7, y: y + 4, size: Self.tickFontSize, anchor: .end, color: .secondaryInk)
        }
        for tick in xAxis?.ticks ?? [] {
            let x = px(tick.value)
            canvas.line(x1: x, y1: plot.maxY, x2: x, y2: plot.maxY + 4, color: .ink)
            canvas.text(tick.label, x: x, y: plot.maxY + 17, size: Self.tickFontSize, anchor: .middle, color: .secondaryInk)
        }
        canvas.close("g")
        if !xLabel.isEmpty {
            canvas.text(xLabel, x: plot.midX, y: xLabelBaseline, size: Self.labelFontSize, anchor: .middle)
        }
        if !yLabel.isEmpty {
            canvas.text(yLabel, x: 24, y: plot.midY, size: Self.labelFontSize, anchor: .middle, rotation: -90)
        }
        if !title.isEmpty {
            canvas.text(title, x: size.width / 2, y: 28, size: Self.titleFontSize, anchor: .middle, bold: true)
        }
        if !legend.entries.isEmpty {
            canvas.open("g", [("class", "legend")])
            if legendRows.isEmpty {
                legend.drawColumn(in: &canvas, x: plot.maxX + 16, y: plot.y + 8)
            } else {
                legend.drawRows(legendRows, in: &canvas, x: 16, y: legendTop + Legend.rowHeight / 2)
            }
            canvas.close("g")
        }
        if let footnote {
            canvas.text(footnote, x: 12, y: size.height - 8, size: 10, color: .secondaryInk)
        }
    }

    private var xLabelBaseline: Double {
        plot.maxY + xTickBand + 12
    }

    private var legendTop: Double {
        plot.maxY + xTickBand + (xLabel.isEmpty ? 0 : 20) + 8
    }
}

/// A chart's width and height in pixels (SVG user units).
public struct ChartSize: Sendable, Hashable {
    public var width: Double
    public var height: Double

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// 720 × 440: wide enough for a right-hand legend, and readable at full width on a page.
    public static let standard = ChartSize(width: 720, height: 440)
    /// 340 × 320: one panel of a row of small multiples.
    public static let panel = ChartSize(width: 340, height: 320)
}

/// One (x, y) data point of a line series.
public struct ChartPoint: Sendable, Hashable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// A rectangle in SVG user units (pixels), y growing downwards.
struct Rect: Sendable, Hashable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var maxX: Double { x + width }
    var maxY: Double { y + height }
    var midX: Double { x + width / 2 }
    var midY: Double { y + height / 2 }
}

/// Estimated text widths for layout.
///
/// An SVG file cannot measure its own text and the browser's font is unknown, so layout uses a
/// deliberately generous average advance (0.6 em, wider than DejaVu Sans' or Helvetica's
/// average): a label may end up with a little more room than it needs, never overlapping.
enum TextMetrics {
    static func width(_ text: String, size: Double) -> Double {
        Double(text.count) * size * 0.6
    }
}
