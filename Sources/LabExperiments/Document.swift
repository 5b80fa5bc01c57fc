import LabCharts

/// A small document: headings, paragraphs, lists, tables and figures, rendered both as
/// Markdown (`summary.md`, readable with `cat` and on GitHub) and as a self-contained HTML page
/// (`index.html`). The summaries are built once as a `Document`, so the two files always say
/// the same thing and nothing is ever parsed back from Markdown.
public struct Document: Sendable {
    /// The `# title` of the Markdown and the `<title>` and `<h1>` of the page.
    public var title: String
    public var blocks: [Block]

    public init(title: String, blocks: [Block] = []) {
        self.title = title
        self.blocks = blocks
    }

    public enum Block: Sendable {
        /// A section heading, level 2 … 6 (level 1 is the title).
        case heading(String, level: Int = 2)
        case paragraph(Text)
        case list([Text])
        case table(Table)
        /// A chart with its caption line.
        case figure(Figure)

        /// The same block with its heading `by` levels deeper (to nest a document in another).
        func demoted(by levels: Int) -> Block {
            guard case .heading(let text, let level) = self else { return self }
            return .heading(text, level: min(level + levels, 6))
        }
    }

    /// Inline text: plain runs, `code`, **strong** and links.
    public struct Text: Sendable, ExpressibleByStringInterpolation {
        public enum Span: Sendable {
            case plain(String)
            case code(String)
            case strong(String)
            case link(String, target: String)
        }

        public var spans: [Span]

        public init(_ spans: [Span]) { self.spans = spans }
        public init(stringLiteral value: String) { spans = [.plain(value)] }
        public init(stringInterpolation: DefaultStringInterpolation) {
            spans = [.plain(String(stringInterpolation: stringInterpolation))]
        }

        public static func code(_ text: String) -> Text { Text([.code(text)]) }
        public static func strong(_ text: String) -> Text { Text([.strong(text)]) }
        public static func link(_ text: String, to target: String) -> Text { Text([.link(text, target: target)]) }

        public static func + (left: Text, right: Text) -> Text { Text(left.spans + right.spans) }
    }

    /// A chart: an SVG next to the document, shown as an image in Markdown and inlined in the
    /// page (where the charts' script makes it interactive, see `ChartData`), above its caption
    /// line: what the chart shows, then what to read off it. A figure without a chart says in
    /// words why there is nothing to draw.
    public struct Figure: Sendable {
        /// The SVG file, relative to the document; nil when there was nothing to draw.
        public var path: String?
        /// What the chart shows and how it is drawn ("log scale: first step solid …").
        public var caption: String
        /// One sentence read off the chart's data; for a figure without a chart, what was
        /// measured and that it was empty.
        public var reading: String
        /// The chart as an inline `<svg>` element for the page; nil shows `path` as an image.
        public var svg: String?
        /// The page anchor (`index.html#id`).
        public var id: String?

        public init(path: String?, caption: String, reading: String, svg: String? = nil, id: String? = nil) {
            self.path = path
            self.caption = caption
            self.reading = reading
            self.svg = svg
            self.id = id
        }

        /// "Caption. Reading", the line under the chart.
        var captionLine: (caption: String, reading: String) {
            (caption.hasSuffix(".") ? caption : caption + ".", reading)
        }
    }

    /// A table of plain-text cells; right-aligned columns hold numbers.
    public struct Table: Sendable {
        public enum Alignment: Sendable { case left, right }

        public let headers: [String]
        public let alignments: [Alignment]
        public private(set) var rows: [[String]] = []

        public init(_ headers: [String], alignments: [Alignment]) {
            precondition(headers.count == alignments.count, "one alignment per column")
            self.headers = headers
            self.alignments = alignments
        }

        /// Text columns left-aligned, every other column right-aligned.
        public init(_ headers: [String], leftColumns: Int = 1) {
            self.init(headers, alignments: headers.indices.map { $0 < leftColumns ? .left : .right })
        }

        public mutating func append(_ row: [String]) {
            precondition(row.count == headers.count, "one cell per column")
            rows.append(row)
        }
    }

    // MARK: Markdown

    /// The document as Markdown: blocks separated by blank lines, tables padded to equal column
    /// widths so they read as tables in a terminal too.
    public func markdown() -> String {
        (["# \(title)"] + blocks.map(Self.markdown)).joined(separator: "\n\n") + "\n"
    }

    /// The blocks alone, without the title (what the command line prints).
    public static func markdown(_ blocks: [Block]) -> String {
        blocks.map(markdown).joined(separator: "\n\n")
    }

    private static func markdown(_ block: Block) -> String {
        switch block {
        case .heading(let text, let level): String(repeating: "#", count: level) + " " + text
        case .paragraph(let text): markdown(text)
        case .list(let items): items.map { "- " + markdown($0) }.joined(separator: "\n")
        case .table(let table): markdown(table)
        case .figure(let figure):
            (figure.path.map { "![\(figure.caption)](\($0))\n\n" } ?? "")
                + "**\(figure.captionLine.caption)** \(figure.captionLine.reading)"
        }
    }

    private static func markdown(_ text: Text) -> String {
        text.spans.map { span in
            switch span {
            case .plain(let text): text
            case .code(let text): "`\(text)`"
            case .strong(let text): "**\(text)**"
            case .link(let text, let target): "[\(text)](\(target))"
            }
        }.joined()
    }

    private static func markdown(_ table: Table) -> String {
        let cells = ([table.headers] + table.rows).map { $0.map { $0.replacingOccurrences(of: "|", with: "\\|") } }
        let widths = table.headers.indices.map { column in max(3, cells.map { $0[column].count }.max() ?? 0) }
        func line(_ row: [String]) -> String {
            let padded = row.indices.map { column -> String in
                let padding = String(repeating: " ", count: widths[column] - row[column].count)
                return table.alignments[column] == .left ? row[column] + padding : padding + row[column]
            }
            return "| " + padded.joined(separator: " | ") + " |"
        }
        // The rule spans each cell's padding too, so the colon of a right-aligned column sits
        // at the cell's edge, where GitHub looks for it.
        let rule = widths.indices.map { column -> String in
            table.alignments[column] == .left
                ? String(repeating: "-", count: widths[column] + 2)
                : String(repeating: "-", count: widths[column] + 1) + ":"
        }
        return ([line(cells[0]), "|" + rule.joined(separator: "|") + "|"] + cells.dropFirst().map(line))
            .joined(separator: "\n")
    }

    // MARK: HTML

    /// The document as one HTML page that opens offline anywhere: no web fonts, no external
    /// style sheets or scripts. The CSS is inline, charts are inline SVG, and a page with charts
    /// ends with the one inline script that makes them interactive (`ChartData.script`).
    public func html() -> String {
        let interactive = blocks.contains { block in
            if case .figure(let figure) = block { return figure.svg != nil }
            return false
        }
        let script = interactive ? "<script>\n\(ChartData.script)\n</script>\n" : ""
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(XML.escape(title))</title>
        <style>
        \(Self.style)
        \(ChartData.style)
        </style>
        </head>
        <body>
        <h1>\(XML.escape(title))</h1>
        \(blocks.map(Self.html).joined(separator: "\n"))
        \(script)</body>
        </html>

        """
    }

    private static func html(_ block: Block) -> String {
        switch block {
        case .heading(let text, let level):
            let level = min(max(level, 2), 6)
            return "<h\(level)>\(XML.escape(text))</h\(level)>"
        case .paragraph(let text):
            return "<p>\(html(text))</p>"
        case .list(let items):
            return "<ul>\n" + items.map { "<li>\(html($0))</li>\n" }.joined() + "</ul>"
        case .table(let table):
            var html = "<table>\n<thead><tr>" + table.headers.map { "<th>\(XML.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            for row in table.rows {
                html += "<tr>" + zip(row, table.alignments).map { cell, alignment in
                    alignment == .right ? "<td class=\"num\">\(XML.escape(cell))</td>" : "<td>\(XML.escape(cell))</td>"
                }.joined() + "</tr>\n"
            }
            return html + "</tbody>\n</table>"
        case .figure(let figure):
            let id = figure.id.map { " id=\"\(XML.escape($0))\"" } ?? ""
            let caption = "<figcaption><strong>\(XML.escape(figure.captionLine.caption))</strong> \(XML.escape(figure.captionLine.reading))</figcaption>"
            if let svg = figure.svg {
                return "<figure class=\"chart\"\(id)>\n\(svg)\(caption)\n</figure>"
            }
            guard let path = figure.path else { return "<figure class=\"empty\"\(id)>\n\(caption)\n</figure>" }
            return "<figure\(id)>\n<img src=\"\(XML.escape(path))\" alt=\"\(XML.escape(figure.caption))\">\(caption)\n</figure>"
        }
    }

    private static func html(_ text: Text) -> String {
        text.spans.map { span in
            switch span {
            case .plain(let text): XML.escape(text)
            case .code(let text): "<code>\(XML.escape(text))</code>"
            case .strong(let text): "<strong>\(XML.escape(text))</strong>"
            case .link(let text, let target): "<a href=\"\(XML.escape(target))\">\(XML.escape(text))</a>"
            }
        }.joined()
    }

    /// System fonts only: a page that must render offline cannot fetch a web font.
    private static let style = """
        body { font-family: system-ui, -apple-system, "Segoe UI", "DejaVu Sans", Helvetica, Arial, sans-serif;
               max-width: 980px; margin: 2em auto; padding: 0 1em; color: #222; line-height: 1.5; }
        h1, h2, h3 { line-height: 1.2; }
        code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.92em; }
        table { border-collapse: collapse; margin: 1em 0; }
        th, td { border: 1px solid #ccc; padding: 0.3em 0.7em; text-align: left; }
        th { background: #f0f0f0; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        figure { margin: 1.5em 0; }
        figure img { max-width: 100%; height: auto; }
        figcaption { color: #333; font-size: 0.92em; }
        figcaption strong { color: #555; font-weight: 600; }
        """
}
