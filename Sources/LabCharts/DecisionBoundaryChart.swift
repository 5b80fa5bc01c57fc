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
    /// The boundary at every epoch, for a page's epoch slider; nil for none. The static drawing
    /// is always `classes`, the final one.
    public var frames: BoundaryFrames?

    public init(title: String, xRange: ClosedRange<Double>, yRange: ClosedRange<Double>,
                columns: Int, rows: Int, classes: [Int], confidences: [Double]? = nil,
                points: [ClassPoint] = [], classNames: [String] = [], xLabel: String = "x₁",
                yLabel: String = "x₂", size: ChartSize = ChartSize(width: 480, height: 440),
                frames: BoundaryFrames? = nil) {
        self.frames = frames
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
        var attributes = [("class", "heatmap"), ("shape-rendering", "crispEdges")]
        if let frames, !frames.frames.isEmpty, frames.columns > 0, frames.rows > 0 {
            let plot = layout.plot
            let symbols = BoundaryFrames.alphabet.count
            attributes += [
                ("data-frames", frames.frames.joined(separator: " ")),
                ("data-columns", "\(frames.columns)"), ("data-rows", "\(frames.rows)"),
                ("data-plot", [plot.x, plot.y, plot.width, plot.height].map { SVGNumber.format($0) }.joined(separator: " ")),
                ("data-tints", (0..<symbols).map { symbol in
                    Self.color(symbol / Self.tintLevels).lightened(by: Self.lightness(level: symbol % Self.tintLevels)).hex
                }.joined(separator: " ")),
            ]
        }
        canvas.open("g", attributes)
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

    /// How many tints a class's cells come in.
    static let tintLevels = 8

    /// The cell's colour: its class's colour mixed with white, between 85 % white (a coin
    /// toss between classes) and 45 % white (certain), in eight steps.
    private func tint(_ cell: Int, classCount: Int) -> Color? {
        let predicted = classes[cell]
        guard predicted >= 0 else { return nil }
        let level = Self.level(confidence: confidences?[cell], classCount: classCount)
        return Self.color(predicted).lightened(by: Self.lightness(level: level))
    }

    /// The tint step, 0 (a coin toss) … 7 (certain), of a cell predicted with `confidence`;
    /// nil confidence gives a medium step.
    static func level(confidence: Double?, classCount: Int) -> Int {
        var certainty = 0.5
        if let confidence {
            let chance = 1 / Double(max(classCount, 2))
            let value = confidence.isFinite ? confidence : chance
            certainty = min(max((value - chance) / (1 - chance), 0), 1)
        }
        return Int((certainty * Double(tintLevels - 1)).rounded())
    }

    /// How far towards white a cell of tint step `level` is mixed.
    static func lightness(level: Int) -> Double {
        0.85 - 0.4 * (Double(level) / Double(tintLevels - 1))
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

/// A decision boundary at every epoch of training, each a coarse grid written as a short
/// string: what a page's epoch slider steps through (`ChartData`), small enough to keep in
/// results.json for every run.
///
/// A frame lists the cells row-major from the bottom row, like `DecisionBoundaryChart.classes`,
/// as runs: a symbol, then how many cells in a row have it when more than one ("A12h3." is
/// twelve cells of symbol A, three of h, one blank). Symbol `alphabet[class × 8 + step]` is a
/// class with its tint step 0 … 7 (how sure the network is); "." is a blank cell. Six classes
/// fit the alphabet; a higher class is drawn as the last symbol.
public struct BoundaryFrames: Codable, Sendable, Hashable {
    /// Cells along x and along y of every frame.
    public var columns: Int
    public var rows: Int
    /// One per epoch, first epoch first.
    public var frames: [String]

    public init(columns: Int, rows: Int, frames: [String] = []) {
        self.columns = columns
        self.rows = rows
        self.frames = frames
    }

    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")

    /// One frame: `classes` per cell (negative for blank), with the probability of the
    /// predicted class in `confidences` (nil for a medium tint everywhere).
    public static func encode(classes: [Int], confidences: [Double]?, classCount: Int) -> String {
        var text = ""
        var previous: Character?
        var run = 0
        func flush() {
            guard let previous else { return }
            text.append(previous)
            if run > 1 { text += "\(run)" }
        }
        for (cell, predicted) in classes.enumerated() {
            var symbol: Character = "."
            if predicted >= 0 {
                let level = DecisionBoundaryChart.level(
                    confidence: confidences.flatMap { cell < $0.count ? $0[cell] : nil }, classCount: classCount)
                symbol = alphabet[min(predicted * DecisionBoundaryChart.tintLevels + level, alphabet.count - 1)]
            }
            if symbol == previous {
                run += 1
            } else {
                flush()
                previous = symbol
                run = 1
            }
        }
        flush()
        return text
    }

    /// The cells of `frame` as (class, tint step), nil for a blank cell: the inverse of
    /// `encode`, as the page's script reads it.
    public static func decode(_ frame: String) -> [(classIndex: Int, level: Int)?] {
        var cells: [(classIndex: Int, level: Int)?] = []
        var symbol: Character?
        var digits = ""
        func flush() {
            guard let symbol else { return }
            let cell = alphabet.firstIndex(of: symbol).map {
                (classIndex: $0 / DecisionBoundaryChart.tintLevels, level: $0 % DecisionBoundaryChart.tintLevels)
            }
            cells += Array(repeating: cell, count: Int(digits) ?? 1)
        }
        for character in frame {
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else {
                flush()
                symbol = character
                digits = ""
            }
        }
        flush()
        return cells
    }
}
