/// A labelled point on a line chart: the feature a reader should look at (a minimum, a slope
/// that overshoots 1, a small constant slope), drawn as a ring with its label beside it.
///
/// ```swift
/// var chart = LineChart(title: "gelu", x: Axis("x"), y: Axis("f(x)"), series: [...])
/// chart.marks = [ChartMark(x: -0.752, y: -0.170, label: "minimum gelu(−0.752) = −0.170")]
/// ```
///
/// A mark outside the drawn ranges is left out rather than drawn on the frame; `lab plot`
/// checks its own marks before drawing.
public struct ChartMark: Sendable, Hashable {
    public var x: Double
    public var y: Double
    public var label: String
    /// nil draws the ring in ink.
    public var color: Color?

    public init(x: Double, y: Double, label: String, color: Color? = nil) {
        self.x = x
        self.y = y
        self.label = label
        self.color = color
    }
}

extension ChartMark {
    static let fontSize = 12.0

    /// Draws the marks whose point lies inside the plot: a ring on the point, and the label in
    /// a white box joined to it by a short leader line. The box goes towards the middle of the
    /// plot (above a point in the lower half, below one in the upper half; right of a point in
    /// the left half, left of it otherwise) and moves further along that way until it overlaps
    /// no earlier label, so curves, grid lines and other marks never run through the text.
    static func draw(_ marks: [ChartMark], in canvas: inout SVGCanvas, layout: ChartLayout) {
        let plot = layout.plot
        var placed: [Rect] = []
        canvas.open("g", [("class", "marks")])
        for mark in marks {
            let px = layout.px(mark.x), py = layout.py(mark.y)
            guard px.isFinite, py.isFinite, px >= plot.x - 0.5, px <= plot.x + plot.width + 0.5,
                  py >= plot.y - 0.5, py <= plot.maxY + 0.5 else { continue }
            let color = mark.color ?? .ink
            let width = TextMetrics.width(mark.label, size: fontSize) + 10, height = fontSize + 8
            let right = px < plot.x + plot.width / 2
            let up = py > plot.y + plot.height / 2
            var boxX = right ? px + 12 : px - 12 - width
            boxX = min(max(boxX, plot.x + 2), plot.x + plot.width - width - 2)
            var boxY = up ? py - 26 - height : py + 26
            var box = Rect(x: boxX, y: boxY, width: width, height: height)
            while placed.contains(where: { $0.overlaps(box) }) {
                boxY += up ? -(height + 4) : height + 4
                box = Rect(x: boxX, y: boxY, width: width, height: height)
            }
            placed.append(box)
            let anchorX = min(max(px, box.x + 4), box.x + box.width - 4)
            canvas.line(x1: px, y1: py, x2: anchorX, y2: up ? box.maxY : box.y, color: color, width: 1)
            canvas.circle(cx: px, cy: py, r: 5, fill: .white, stroke: color, strokeWidth: 2)
            canvas.rect(x: box.x, y: box.y, width: box.width, height: box.height, fill: .white,
                        stroke: color, strokeWidth: 1)
            canvas.text(mark.label, x: box.x + 5, y: box.maxY - 6, size: fontSize, color: color)
        }
        canvas.close("g")
    }
}

extension Rect {
    func overlaps(_ other: Rect) -> Bool {
        x < other.x + other.width && other.x < x + width && y < other.maxY && other.y < maxY
    }
}
