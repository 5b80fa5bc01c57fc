import Foundation

/// Anything that draws itself as an SVG picture: `LineChart`, `BarChart`,
/// `DecisionBoundaryChart`, and `ChartGrid`, which arranges other charts side by side.
///
/// Conformers only implement `draw(in:)`, in the coordinate system `0…width × 0…height`;
/// `svg()` wraps that into a standalone document.
public protocol Chart: Sendable {
    /// Shown at the top and as the document's `<title>`; empty for none.
    var title: String { get }
    var size: ChartSize { get }
    /// Draws the chart's elements, within `size`, on `canvas`.
    func draw(in canvas: inout SVGCanvas)
}

extension Chart {
    /// A standalone SVG 1.1 document (XML declaration, namespace, `viewBox`, white
    /// background): open it in a browser, or embed it with `<img>`.
    public func svg() -> String {
        document(standalone: true)
    }

    /// The bare `<svg>` element, for inlining in an HTML5 page (see `ChartData`); `idPrefix`
    /// keeps its ids apart from those of the page's other charts.
    public func inlineSVG(idPrefix: String) -> String {
        document(standalone: false, idPrefix: idPrefix)
    }

    /// Writes `svg()` to `url` as UTF-8.
    public func write(to url: URL) throws {
        try Data(svg().utf8).write(to: url, options: .atomic)
    }

    /// The document; `standalone: false` gives the bare `<svg>` element HTML5 inlines.
    func document(standalone: Bool, idPrefix: String = "") -> String {
        var canvas = SVGCanvas(idPrefix: idPrefix)
        draw(in: &canvas)
        return canvas.document(width: size.width, height: size.height,
                               title: title.isEmpty ? nil : title, standalone: standalone)
    }
}

/// Several charts in one SVG, in rows of `columns` panels: small multiples, e.g. the decision
/// boundary of every activation side by side, on the same footing.
///
/// ```swift
/// let panels = ["relu", "tanh", "sigmoid"].map { name in
///     DecisionBoundaryChart(title: name, xRange: -1...1, yRange: -1...1, columns: 1, rows: 1,
///                           classes: [0], size: .panel)
/// }
/// let grid = ChartGrid(title: "Decision boundaries after 200 epochs", columns: 3, charts: panels)
/// let svg = grid.svg()
/// ```
///
/// Each panel is drawn into a nested `<svg>` with its own viewBox, so it looks exactly as it
/// would alone; the panels' ids are prefixed (`p0-`, `p1-`, …) so they stay unique. Every cell
/// is as large as the largest panel.
public struct ChartGrid: Chart {
    public var title: String
    public var columns: Int
    public var charts: [any Chart]

    public init(title: String = "", columns: Int, charts: [any Chart]) {
        self.title = title
        self.columns = max(columns, 1)
        self.charts = charts
    }

    private var cell: ChartSize {
        ChartSize(width: charts.map(\.size.width).max() ?? 0, height: charts.map(\.size.height).max() ?? 0)
    }

    private var titleHeight: Double { title.isEmpty ? 0 : 40 }

    public var size: ChartSize {
        let rows = (charts.count + columns - 1) / columns
        return ChartSize(width: cell.width * Double(min(columns, max(charts.count, 1))),
                         height: cell.height * Double(rows) + titleHeight)
    }

    public func draw(in canvas: inout SVGCanvas) {
        if !title.isEmpty {
            canvas.text(title, x: size.width / 2, y: 28, size: 18, anchor: .middle, bold: true)
        }
        for (index, chart) in charts.enumerated() {
            var panel = SVGCanvas(idPrefix: canvas.idPrefix + "p\(index)-")
            chart.draw(in: &panel)
            let x = Double(index % columns) * cell.width
            let y = titleHeight + Double(index / columns) * cell.height
            canvas.open("svg", [
                ("x", SVGNumber.format(x)), ("y", SVGNumber.format(y)),
                ("width", SVGNumber.format(chart.size.width)), ("height", SVGNumber.format(chart.size.height)),
                ("viewBox", "0 0 \(SVGNumber.format(chart.size.width)) \(SVGNumber.format(chart.size.height))"),
            ])
            canvas.append(panel)
            canvas.close("svg")
        }
    }
}
