import Foundation

/// A self-contained report page: one `index.html` that opens offline, anywhere — no scripts,
/// no web fonts, no external style sheets; the CSS is inline and the charts are either
/// inlined as SVG or referenced by a relative path next to the page.
///
/// ```swift
/// var page = HTMLPage(title: "relu-vs-sigmoid")
/// page.markdown("""
///     Reproduces **article 3**, section 2. Run with `lab experiment relu-vs-sigmoid`.
///
///     - 3 seeds, 10 epochs
///     """)
/// page.table(header: ["activation", "test accuracy"], rows: [["relu", "0.873"], ["sigmoid", "0.861"]])
/// page.chart(LineChart(title: "Accuracy", x: Axis("epoch"), y: Axis("accuracy"),
///                      series: [LineSeries("relu", perEpoch: [0.8, 0.85])]),
///            caption: "Training accuracy per epoch")
/// page.image("gradients.svg", caption: "Gradient norm per layer")
/// try page.write(to: URL(fileURLWithPath: "results/index.html"))
/// ```
public struct HTMLPage: Sendable {
    /// The `<title>` and the top heading.
    public var title: String
    private var blocks: [String] = []
    /// Inlined charts so far; numbers their id prefixes so ids stay unique on the page.
    private var inlinedCharts = 0

    public init(title: String) {
        self.title = title
    }

    /// A section heading, `level` 2 … 6 (level 1 is the page title).
    public mutating func heading(_ text: String, level: Int = 2) {
        let level = min(max(level, 2), 6)
        blocks.append("<h\(level)>\(XML.escape(text))</h\(level)>")
    }

    /// A paragraph; `code`, **bold** and [links](path) are honoured, all else is text.
    public mutating func paragraph(_ text: String) {
        blocks.append("<p>\(InlineMarkdown.html(text))</p>")
    }

    /// Several blocks of markdown: headings, paragraphs, lists, pipe tables, fenced code.
    public mutating func markdown(_ text: String) {
        blocks.append(MarkdownBlocks.html(text))
    }

    /// A table of plain-text cells (escaped); numeric cells are right-aligned.
    public mutating func table(header: [String], rows: [[String]], caption: String? = nil) {
        blocks.append(HTMLTable.html(header: header.map(XML.escape), rows: rows.map { $0.map(XML.escape) },
                                     caption: caption.map(XML.escape)))
    }

    /// A chart inlined as SVG, with an optional caption below.
    public mutating func chart(_ chart: any Chart, caption: String? = nil) {
        let svg = chart.document(standalone: false, idPrefix: "f\(inlinedCharts)-")
        inlinedCharts += 1
        blocks.append(figure(svg, caption: caption))
    }

    /// An image referenced by `path`, which should be relative to the page (e.g. a chart's
    /// SVG written into the same directory) so the page keeps working when moved or offline.
    public mutating func image(_ path: String, caption: String? = nil) {
        let alt = caption ?? path
        blocks.append(figure("<img src=\"\(XML.escape(path))\" alt=\"\(XML.escape(alt))\">", caption: caption))
    }

    /// Text shown exactly as given, in a monospaced block.
    public mutating func preformatted(_ text: String) {
        blocks.append("<pre>\(XML.escape(text))</pre>")
    }

    /// The whole page.
    public func html() -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(XML.escape(title))</title>
        <style>
        \(Self.style)
        </style>
        </head>
        <body>
        <h1>\(XML.escape(title))</h1>
        \(blocks.joined(separator: "\n"))
        </body>
        </html>

        """
    }

    /// Writes `html()` to `url` as UTF-8.
    public func write(to url: URL) throws {
        try Data(html().utf8).write(to: url, options: .atomic)
    }

    private func figure(_ content: String, caption: String?) -> String {
        var html = "<figure>\n\(content)"
        if let caption { html += "<figcaption>\(XML.escape(caption))</figcaption>\n" }
        return html + "</figure>"
    }

    /// System fonts only: a page that must render offline cannot fetch a web font.
    private static let style = """
        body { font-family: system-ui, -apple-system, "Segoe UI", "DejaVu Sans", Helvetica, Arial, sans-serif;
               max-width: 980px; margin: 2em auto; padding: 0 1em; color: #222; line-height: 1.5; }
        h1, h2, h3 { line-height: 1.2; }
        code, pre { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.92em; }
        pre { background: #f5f5f5; padding: 0.8em; overflow-x: auto; }
        table { border-collapse: collapse; margin: 1em 0; }
        th, td { border: 1px solid #ccc; padding: 0.3em 0.7em; text-align: left; }
        th { background: #f0f0f0; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        caption { caption-side: bottom; color: #555; font-size: 0.9em; padding-top: 0.3em; }
        figure { margin: 1.5em 0; }
        figure svg, figure img { max-width: 100%; height: auto; }
        figcaption { color: #555; font-size: 0.9em; }
        """
}
