/// The key to a chart's colours, laid out either in a column to the right of the plot or in
/// wrapped rows below it — never on top of the data, where it would hide the curves that
/// matter (matplotlib's `loc="best"` can still cover a validation curve).
struct Legend: Sendable {
    var entries: [LegendEntry]

    static let fontSize = 12.0
    static let rowHeight = 18.0
    /// The symbol's width plus the gap before the name.
    static let symbolWidth = 34.0
    /// Between entries sharing a row below the plot.
    static let gap = 18.0

    /// Width of the column when placed to the right.
    var columnWidth: Double {
        Self.symbolWidth + (entries.map { TextMetrics.width($0.name, size: Self.fontSize) }.max() ?? 0)
    }

    /// Entries split into rows no wider than `width`, for placement below the plot.
    func rows(width: Double) -> [[LegendEntry]] {
        var rows: [[LegendEntry]] = []
        var current: [LegendEntry] = []
        var used = 0.0
        for entry in entries {
            let needed = Self.symbolWidth + TextMetrics.width(entry.name, size: Self.fontSize)
            if !current.isEmpty, used + Self.gap + needed > width {
                rows.append(current)
                current = []
                used = 0
            }
            used += (current.isEmpty ? 0 : Self.gap) + needed
            current.append(entry)
        }
        if !current.isEmpty { rows.append(current) }
        return rows
    }

    /// Draws the entries in a column whose first row's centre line is at `y`.
    func drawColumn(in canvas: inout SVGCanvas, x: Double, y: Double) {
        for (index, entry) in entries.enumerated() {
            Self.draw(entry, in: &canvas, x: x, y: y + Double(index) * Self.rowHeight)
        }
    }

    /// Draws `rows` (from `rows(width:)`) left-aligned at `x`, the first row's centre at `y`.
    func drawRows(_ rows: [[LegendEntry]], in canvas: inout SVGCanvas, x: Double, y: Double) {
        for (rowIndex, row) in rows.enumerated() {
            var left = x
            for entry in row {
                Self.draw(entry, in: &canvas, x: left, y: y + Double(rowIndex) * Self.rowHeight)
                left += Self.symbolWidth + TextMetrics.width(entry.name, size: Self.fontSize) + Self.gap
            }
        }
    }

    private static func draw(_ entry: LegendEntry, in canvas: inout SVGCanvas, x: Double, y: Double) {
        canvas.open("g", [("class", "legend-entry")] + ChartData.seriesAttributes(entry.series, group: entry.group))
        switch entry.symbol {
        case .line(let style, let markers):
            canvas.line(x1: x, y1: y, x2: x + 26, y2: y, color: entry.color, width: 2.5, dash: style)
            if markers { canvas.circle(cx: x + 13, cy: y, r: 3, fill: entry.color) }
        case .swatch:
            canvas.rect(x: x + 6, y: y - 6, width: 14, height: 12, fill: entry.color, stroke: .ink, strokeWidth: 0.5)
        case .dot:
            canvas.circle(cx: x + 13, cy: y, r: 4, fill: entry.color, stroke: .ink)
        }
        canvas.text(entry.name, x: x + symbolWidth, y: y + 4, size: fontSize)
        canvas.close("g")
    }
}

/// One name in a legend, drawn with its colour and symbol.
struct LegendEntry: Sendable, Hashable {
    var name: String
    var color: Color
    var symbol: LegendSymbol
    /// The series this entry names (`data-series`), so a page's script can hide and show it;
    /// nil for an entry that names no series (a decision boundary's classes).
    var series: String? = nil
    /// The series' group (`data-group`), for the page's picker.
    var group: String? = nil
}

/// What a legend entry shows in front of its name: a line sample for line series, a filled
/// square for bars and heatmap classes, an outlined dot for scattered points.
enum LegendSymbol: Sendable, Hashable {
    case line(LineStyle, markers: Bool)
    case swatch
    case dot
}
