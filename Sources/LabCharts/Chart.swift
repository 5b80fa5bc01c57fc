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
