/// An HTML table from already-escaped cell markup, numbers right-aligned so their digits line
/// up down a column.
enum HTMLTable {
    static func html(header: [String]?, rows: [[String]], caption: String? = nil) -> String {
        var html = "<table>\n"
        if let caption { html += "<caption>\(caption)</caption>\n" }
        if let header {
            html += "<thead><tr>" + header.map { "<th>\($0)</th>" }.joined() + "</tr></thead>\n"
        }
        html += "<tbody>\n"
        for row in rows {
            html += "<tr>" + row.map { cell in
                looksNumeric(cell) ? "<td class=\"num\">\(cell)</td>" : "<td>\(cell)</td>"
            }.joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table>"
    }

    /// "0.873", "−12", "87.5 %", "0.87 ± 0.01": digits and number punctuation only.
    private static func looksNumeric(_ cell: String) -> Bool {
        cell.contains { $0.isNumber } && cell.allSatisfy { "0123456789.,+-−±%eE ".contains($0) }
    }
}
