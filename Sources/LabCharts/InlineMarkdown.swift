/// The inline part of the kit's markdown: `code`, **bold** and [links](relative/path.svg);
/// everything else is text, escaped. That is all the summaries use, and a small subset is
/// easy to get right: no input can produce markup other than these three elements.
enum InlineMarkdown {
    static func html(_ text: String) -> String {
        var output = ""
        var rest = Substring(text)
        while let first = rest.first {
            if first == "`", let end = rest.dropFirst().firstIndex(of: "`") {
                output += "<code>\(XML.escape(String(rest[rest.index(after: rest.startIndex)..<end])))</code>"
                rest = rest[rest.index(after: end)...]
            } else if rest.hasPrefix("**"), let end = rest.dropFirst(2).range(of: "**"), end.lowerBound > rest.index(rest.startIndex, offsetBy: 2) {
                output += "<strong>\(html(String(rest[rest.index(rest.startIndex, offsetBy: 2)..<end.lowerBound])))</strong>"
                rest = rest[end.upperBound...]
            } else if first == "[", let link = link(in: rest) {
                output += "<a href=\"\(XML.escape(link.target))\">\(html(link.label))</a>"
                rest = rest[link.end...]
            } else {
                output += XML.escape(String(first))
                rest = rest.dropFirst()
            }
        }
        return output
    }

    /// `[label](target)` at the start of `text`. Targets with a scheme other than http(s)
    /// (`javascript:` above all) are not links.
    private static func link(in text: Substring) -> (label: String, target: String, end: Substring.Index)? {
        guard let middle = text.range(of: "]("), let close = text[middle.upperBound...].firstIndex(of: ")") else {
            return nil
        }
        let label = String(text[text.index(after: text.startIndex)..<middle.lowerBound])
        let target = String(text[middle.upperBound..<close])
        guard !label.contains("\n"), !target.contains(" ") else { return nil }
        if let colon = target.firstIndex(of: ":"), !target[..<colon].contains("/") {
            let scheme = target[..<colon].lowercased()
            guard scheme == "http" || scheme == "https" else { return nil }
        }
        return (label, target, text.index(after: close))
    }
}
