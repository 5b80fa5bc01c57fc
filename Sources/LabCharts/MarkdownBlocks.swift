/// The block part of the kit's markdown, enough for the experiment summaries: `#` headings,
/// paragraphs, `-`/`*` and `1.` lists, pipe tables (as `MarkdownTable` writes them) and
/// fenced code. Unknown syntax is shown as text, never dropped.
enum MarkdownBlocks {
    static func html(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var output: [String] = []
        var paragraph: [String] = []
        var index = 0

        func flushParagraph() {
            if !paragraph.isEmpty {
                output.append("<p>\(InlineMarkdown.html(paragraph.joined(separator: " ")))</p>")
                paragraph = []
            }
        }
        /// The consecutive lines from `index` on that satisfy `belongs`.
        func take(while belongs: (String) -> Bool) -> [String] {
            var taken: [String] = []
            while index < lines.count, belongs(trimmed(lines[index])) {
                taken.append(trimmed(lines[index]))
                index += 1
            }
            return taken
        }

        while index < lines.count {
            let line = trimmed(lines[index])
            if line.hasPrefix("```") {
                flushParagraph()
                index += 1
                var code: [String] = []
                while index < lines.count, !trimmed(lines[index]).hasPrefix("```") {
                    code.append(lines[index])
                    index += 1
                }
                index += 1
                output.append("<pre>\(XML.escape(code.joined(separator: "\n")))</pre>")
            } else if let level = headingLevel(line) {
                flushParagraph()
                let content = line.dropFirst(level).drop { $0 == " " }
                output.append("<h\(level)>\(InlineMarkdown.html(String(content)))</h\(level)>")
                index += 1
            } else if line.hasPrefix("|") {
                flushParagraph()
                output.append(table(take { $0.hasPrefix("|") }))
            } else if bulletItem(line) != nil {
                flushParagraph()
                let items = take { bulletItem($0) != nil }.compactMap(bulletItem)
                output.append("<ul>\n" + items.map { "<li>\(InlineMarkdown.html($0))</li>" }.joined(separator: "\n") + "\n</ul>")
            } else if numberedItem(line) != nil {
                flushParagraph()
                let items = take { numberedItem($0) != nil }.compactMap(numberedItem)
                output.append("<ol>\n" + items.map { "<li>\(InlineMarkdown.html($0))</li>" }.joined(separator: "\n") + "\n</ol>")
            } else if line.isEmpty {
                flushParagraph()
                index += 1
            } else {
                paragraph.append(line)
                index += 1
            }
        }
        flushParagraph()
        return output.joined(separator: "\n")
    }

    private static func trimmed(_ line: String) -> String {
        String(line.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
    }

    private static func headingLevel(_ line: String) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        return hashes
    }

    private static func bulletItem(_ line: String) -> String? {
        guard line.hasPrefix("- ") || line.hasPrefix("* ") else { return nil }
        return String(line.dropFirst(2))
    }

    private static func numberedItem(_ line: String) -> String? {
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") else { return nil }
        return String(line.dropFirst(digits.count + 2))
    }

    /// A pipe table; the `|---|` line after the first row makes that row the header.
    private static func table(_ lines: [String]) -> String {
        let rows = lines.map(cells)
        let separator = rows.count > 1 && rows[1].allSatisfy { cell in
            !cell.isEmpty && cell.allSatisfy { "-: ".contains($0) }
        }
        guard separator else { return HTMLTable.html(header: nil, rows: rows.map { $0.map(InlineMarkdown.html) }) }
        return HTMLTable.html(header: rows[0].map(InlineMarkdown.html),
                              rows: rows.dropFirst(2).map { $0.map(InlineMarkdown.html) })
    }

    private static func cells(_ line: String) -> [String] {
        var body = Substring(line)
        if body.hasPrefix("|") { body = body.dropFirst() }
        if body.hasSuffix("|") { body = body.dropLast() }
        return body.split(separator: "|", omittingEmptySubsequences: false).map { trimmed(String($0)) }
    }
}
