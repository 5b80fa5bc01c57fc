import Foundation

/// The drawing surface every chart writes into: a list of SVG elements in document order.
///
/// A canvas knows nothing about data; charts turn data into pixels and call these primitives.
/// Every attribute value and every piece of text is XML-escaped here, in one place, and every
/// number goes through the same fixed formatting, so a chart can never emit broken markup and
/// the same chart always gives the same bytes.
///
/// `idPrefix` keeps `id`s unique when several charts share one document (`ChartGrid`); ask
/// `id(_:)` for every id you define or reference.
public struct SVGCanvas: Sendable {
    /// Prepended to every id made by `id(_:)`.
    public let idPrefix: String
    /// The markup so far, one element or tag per line.
    public private(set) var markup: String = ""

    public init(idPrefix: String = "") {
        self.idPrefix = idPrefix
    }

    /// A document-unique id for `name`.
    public func id(_ name: String) -> String {
        idPrefix + name
    }

    /// Appends `<name attributes…/>`, or `<name attributes…>text</name>` when `text` is given.
    /// Attributes keep the order given, so output is deterministic.
    public mutating func element(_ name: String, _ attributes: [(String, String)], text: String? = nil) {
        markup += "<\(name)\(Self.attributeList(attributes))"
        if let text {
            markup += ">\(XML.escape(text))</\(name)>\n"
        } else {
            markup += "/>\n"
        }
    }

    /// Appends `<name attributes…><title>title</title></name>`: the browser's own tooltip on
    /// hover, with or without scripts (see `ChartData`).
    public mutating func element(_ name: String, _ attributes: [(String, String)], title: String) {
        markup += "<\(name)\(Self.attributeList(attributes))><title>\(XML.escape(title))</title></\(name)>\n"
    }

    /// Opens `<name attributes…>`; close it with `close(_:)`.
    public mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        markup += "<\(name)\(Self.attributeList(attributes))>\n"
    }

    /// Closes an element opened with `open(_:_:)`.
    public mutating func close(_ name: String) {
        markup += "</\(name)>\n"
    }

    /// Appends another canvas's markup, e.g. a panel drawn on its own canvas.
    public mutating func append(_ other: SVGCanvas) {
        markup += other.markup
    }

    // MARK: Conveniences used by the charts

    /// A straight line.
    public mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, color: Color,
                              width: Double = 1, dash: LineStyle = .solid) {
        var attributes = [("x1", n(x1)), ("y1", n(y1)), ("x2", n(x2)), ("y2", n(y2)),
                          ("stroke", color.hex), ("stroke-width", n(width))]
        if let pattern = dash.dashArray { attributes.append(("stroke-dasharray", pattern)) }
        element("line", attributes)
    }

    /// A rectangle; `fill: nil` leaves it hollow.
    public mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: Color?,
                              stroke: Color? = nil, strokeWidth: Double = 1) {
        var attributes = [("x", n(x)), ("y", n(y)), ("width", n(max(width, 0))), ("height", n(max(height, 0))),
                          ("fill", fill?.hex ?? "none")]
        if let stroke { attributes += [("stroke", stroke.hex), ("stroke-width", n(strokeWidth))] }
        element("rect", attributes)
    }

    /// A circle with an optional outline.
    public mutating func circle(cx: Double, cy: Double, r: Double, fill: Color, stroke: Color? = nil,
                                strokeWidth: Double = 1) {
        var attributes = [("cx", n(cx)), ("cy", n(cy)), ("r", n(r)), ("fill", fill.hex)]
        if let stroke { attributes += [("stroke", stroke.hex), ("stroke-width", n(strokeWidth))] }
        element("circle", attributes)
    }

    /// Text anchored at (x, y) (the baseline); `rotation` in degrees turns it about that point.
    public mutating func text(_ text: String, x: Double, y: Double, size: Double = 12,
                              anchor: TextAnchor = .start, color: Color = .ink, bold: Bool = false,
                              rotation: Double = 0) {
        var attributes = [("x", n(x)), ("y", n(y)), ("font-size", n(size)), ("fill", color.hex)]
        if anchor != .start { attributes.append(("text-anchor", anchor.rawValue)) }
        if bold { attributes.append(("font-weight", "bold")) }
        if rotation != 0 { attributes.append(("transform", "rotate(\(n(rotation)) \(n(x)) \(n(y)))")) }
        element("text", attributes, text: text)
    }

    /// The `d` attribute of a polyline through `points`, starting a new sub-path after every
    /// nil, so that gaps in the data stay gaps instead of being bridged by a straight line.
    static func pathData(_ points: [(x: Double, y: Double)?]) -> String {
        var data = ""
        var penDown = false
        for point in points {
            guard let point else {
                penDown = false
                continue
            }
            if !data.isEmpty { data += " " }
            data += (penDown ? "L" : "M") + n(point.x) + " " + n(point.y)
            penDown = true
        }
        return data
    }

    /// The finished standalone document: an SVG 1.1 root of `width` × `height` with a white
    /// background, preceded by the XML declaration. With `standalone: false` the bare `<svg>`
    /// element without declaration or namespace, for inlining in HTML5 (whose parser supplies
    /// the SVG namespace itself).
    func document(width: Double, height: Double, title: String?, standalone: Bool = true) -> String {
        var root: [(String, String)] = []
        if standalone {
            root += [("xmlns", "http://www.w3.org/2000/svg"), ("version", "1.1")]
        }
        root += [("width", n(width)), ("height", n(height)), ("viewBox", "0 0 \(n(width)) \(n(height))"),
                 ("font-family", "DejaVu Sans, Helvetica, Arial, sans-serif")]
        var head = standalone ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" : ""
        head += "<svg\(Self.attributeList(root))>\n"
        if let title { head += "<title>\(XML.escape(title))</title>\n" }
        head += "<rect x=\"0\" y=\"0\" width=\"\(n(width))\" height=\"\(n(height))\" fill=\"#ffffff\"/>\n"
        return head + markup + "</svg>\n"
    }

    private static func attributeList(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(XML.escape($0.1))\"" }.joined()
    }

    private static func n(_ value: Double) -> String { SVGNumber.format(value) }
    private func n(_ value: Double) -> String { SVGNumber.format(value) }
}

/// Which point of a text its (x, y) position names, as SVG's `text-anchor`.
public enum TextAnchor: String, Sendable {
    case start
    case middle
    case end
}

/// The one way numbers are written into SVG markup.
///
/// Charts must be byte-for-byte reproducible (the same results give the same files, so a diff
/// shows real changes only), so coordinates are rounded to a fixed number of decimals with the
/// C locale's `printf`, trailing zeros dropped and `-0` folded into `0`. Two decimals is a
/// hundredth of a pixel: far below what any screen shows.
enum SVGNumber {
    /// `value` with at most `decimals` decimals: `12.5`, `3`, `-0.25`.
    static func format(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return "0" }
        var text = String(format: "%.\(decimals)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }
}

/// Escaping for text that goes into an SVG or HTML document.
///
/// Every string a caller hands to a chart (titles, series names, category names, table cells)
/// passes through `escape` exactly once, where it is written; a series called `a<b&c` must
/// come out as text, never as markup, and never as a document a browser refuses to open.
public enum XML {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities, safe both as element content
    /// and inside a double- or single-quoted attribute.
    ///
    /// Characters that XML 1.0 forbids outright (C0 controls other than tab, newline and carriage
    /// return) cannot be escaped at all — `&#1;` is just as illegal — so they become U+FFFD.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
