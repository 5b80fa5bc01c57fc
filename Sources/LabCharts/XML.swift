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
