/// A 2-D classifier's decision regions with the data on top, as TensorFlow Playground draws
/// them: each grid cell tinted with its predicted class's colour (paler where the model is
/// less sure), each example a dot in its true class's colour with a dark outline, so a
/// misclassified point shows as a dot of one colour in a region of another.
///
/// ```swift
/// // A 3 × 2 grid (row-major, first row at the bottom), class 1 on the right:
/// let chart = DecisionBoundaryChart(
///     title: "relu, 2 hidden layers",
///     xRange: -1...1, yRange: -1...1, columns: 3, rows: 2,
///     classes: [0, 1, 1,
///               0, 0, 1],
///     confidences: [0.9, 0.6, 0.95, 0.8, 0.55, 0.9],
///     points: [ClassPoint(x: 0.7, y: 0.1, classIndex: 1), ClassPoint(x: -0.6, y: 0.4, classIndex: 0)])
/// let svg = chart.svg()
/// ```
///
/// For small multiples, give each panel `size: .panel` and put them in a `ChartGrid`.
public struct DecisionBoundaryChart: Chart, Hashable {
    public var title: String
    public var xRange: ClosedRange<Double>
    public var yRange: ClosedRange<Double>
    /// Grid cells along x.
    public var columns: Int
    /// Grid cells along y.
    public var rows: Int
    /// Predicted class per cell, row-major, the first row at the bottom (`yRange.lowerBound`),
    /// `columns × rows` of them. A negative class leaves its cell blank.
    public var classes: [Int]
    /// The probability of the predicted class per cell, in the same order; nil draws every
    /// cell at one medium tint.
    public var confidences: [Double]?
    public var points: [ClassPoint]
    /// Legend names by class index; missing names read "class k".
    public var classNames: [String]
    public var xLabel: String
    public var yLabel: String
    public var size: ChartSize

    public init(title: String, xRange: ClosedRange<Double>, yRange: ClosedRange<Double>,
                columns: Int, rows: Int, classes: [Int], confidences: [Double]? = nil,
                points: [ClassPoint] = [], classNames: [String] = [], xLabel: String = "x₁",
                yLabel: String = "x₂", size: ChartSize = ChartSize(width: 480, height: 440)) {
        self.title = title
        self.xRange = xRange
        self.yRange = yRange
        self.columns = columns
        self.rows = rows
        self.classes = classes
        self.confidences = confidences
        self.points = points
        self.classNames = classNames
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.size = size
    }

    /// Playground's two colours first (orange, blue), then the rest of Okabe–Ito.
    static let classColors: [Color] = [Color.okabeIto[1], Color.okabeIto[0]] + Color.okabeIto.dropFirst(2)

    public func draw(in canvas: inout SVGCanvas) {
        let validGrid = columns > 0 && rows > 0 && classes.count == columns * rows
            && (confidences?.count ?? classes.count) == classes.count
        let shown = Set(classes + points.map(\.classIndex) + Array(classNames.indices)).filter { $0 >= 0 }.sorted()
        let classCount = max(2, shown.count)
        let legend = Legend(entries: shown.map { index in
            LegendEntry(name: index < classNames.count ? classNames[index] : "class \(index)",
                        color: Self.color(index), symbol: .dot)
        })
        let drawable = points.filter { $0.x.isFinite && $0.y.isFinite && $0.classIndex >= 0 }
        var notes: [String] = []
        if !validGrid { notes.append("grid not drawn: \(classes.count) cells for \(columns) × \(rows)") }
        let skipped = points.count - drawable.count
        if skipped > 0 { notes.append("\(skipped) point\(skipped == 1 ? "" : "s") not drawn (not finite, or a negative class)") }
        let layout = ChartLayout(
            size: size, title: title, xLabel: xLabel, yLabel: yLabel, legend: legend,
            footnote: notes.isEmpty ? nil : notes.joined(separator: "; "), legendBelow: true,
            resolveY: { Axis(scale: .linear, range: yRange).resolved(values: [], length: $0, horizontal: false) },
            resolveX: { Axis(scale: .linear, range: xRange).resolved(values: [], length: $0, horizontal: true) })

        if validGrid { drawCells(in: &canvas, layout: layout, classCount: classCount) }
        layout.drawGrid(in: &canvas)
        canvas.open("g", [("class", "points")])
        for point in drawable where layout.xAxis?.contains(point.x) ?? false && layout.yAxis.contains(point.y) {
            canvas.circle(cx: layout.px(point.x), cy: layout.py(point.y), r: 3.5,
                          fill: Self.color(point.classIndex), stroke: .ink)
        }
        canvas.close("g")
        layout.drawChrome(in: &canvas)
    }

    /// The heatmap, one rectangle per run of equally tinted cells in a row: tints are
    /// quantised to a few levels, so a 100 × 100 grid becomes a few hundred rectangles rather
    /// than ten thousand, and `crispEdges` keeps the anti-aliasing seams between them invisible.
    private func drawCells(in canvas: inout SVGCanvas, layout: ChartLayout, classCount: Int) {
        let cellWidth = layout.plot.width / Double(columns)
        let cellHeight = layout.plot.height / Double(rows)
        canvas.open("g", [("class", "heatmap"), ("shape-rendering", "crispEdges")])
        for row in 0..<rows {
            var column = 0
            while column < columns {
                let tint = self.tint(row * columns + column, classCount: classCount)
                var end = column + 1
                while end < columns, self.tint(row * columns + end, classCount: classCount) == tint { end += 1 }
                if let tint {
                    canvas.rect(x: layout.plot.x + Double(column) * cellWidth,
                                y: layout.plot.maxY - Double(row + 1) * cellHeight,
                                width: Double(end - column) * cellWidth + 0.5, height: cellHeight + 0.5,
                                fill: tint)
                }
                column = end
            }
        }
        canvas.close("g")
    }

    /// The cell's colour: its class's colour mixed with white, between 85 % white (a coin
    /// toss between classes) and 45 % white (certain), in eight steps.
    private func tint(_ cell: Int, classCount: Int) -> Color? {
        let predicted = classes[cell]
        guard predicted >= 0 else { return nil }
        var certainty = 0.5
        if let confidences {
            let chance = 1 / Double(classCount)
            let confidence = confidences[cell].isFinite ? confidences[cell] : chance
            certainty = min(max((confidence - chance) / (1 - chance), 0), 1)
        }
        let level = (certainty * 7).rounded() / 7
        return Self.color(predicted).lightened(by: 0.85 - 0.4 * level)
    }

    private static func color(_ index: Int) -> Color {
        classColors[index % classColors.count]
    }
}

/// A labelled 2-D example drawn over a decision boundary.
public struct ClassPoint: Codable, Sendable, Hashable {
    public var x: Double
    public var y: Double
    /// 0-based class; picks the colour.
    public var classIndex: Int

    public init(x: Double, y: Double, classIndex: Int) {
        self.x = x
        self.y = y
        self.classIndex = classIndex
    }
}
