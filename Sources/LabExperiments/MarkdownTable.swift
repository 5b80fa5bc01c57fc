import Foundation

/// A Markdown table whose columns are padded to equal width, so it reads as a table in a
/// terminal (`cat summary.md`) as well as on GitHub.
public struct MarkdownTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public let headers: [String]
    public let alignments: [Alignment]
    public private(set) var rows: [[String]] = []

    /// Text columns are left-aligned, numeric columns right-aligned.
    public init(_ headers: [String], alignments: [Alignment]) {
        precondition(headers.count == alignments.count, "one alignment per column")
        self.headers = headers
        self.alignments = alignments
    }

    public mutating func append(_ row: [String]) {
        precondition(row.count == headers.count, "one cell per column")
        rows.append(row.map { $0.replacingOccurrences(of: "|", with: "\\|") })
    }

    public var text: String {
        let widths = headers.indices.map { column in
            max(3, ([headers] + rows).map { $0[column].count }.max() ?? 0)
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.indices.map { column -> String in
                let padding = String(repeating: " ", count: widths[column] - cells[column].count)
                return alignments[column] == .left ? cells[column] + padding : padding + cells[column]
            }
            return "| " + padded.joined(separator: " | ") + " |"
        }
        // The rule spans each cell's padding too, so the colon of a right-aligned column sits
        // at the cell's edge, where GitHub looks for it.
        let rule = widths.indices.map { column -> String in
            alignments[column] == .left
                ? String(repeating: "-", count: widths[column] + 2)
                : String(repeating: "-", count: widths[column] + 1) + ":"
        }
        return ([line(headers), "|" + rule.joined(separator: "|") + "|"] + rows.map(line))
            .joined(separator: "\n")
    }
}
