import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG document parsed with Foundation's XMLParser, flattened into its elements in document
/// order: what a browser would see, independent of how the charts write their markup.
final class SVGTree: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        /// The element's own character data (for `<text>` and `<title>`).
        var text: String
        /// Names of the enclosing elements, outermost first.
        var ancestors: [String]
        /// `class` attributes of the enclosing elements.
        var ancestorClasses: [String]
    }

    private(set) var elements: [Element] = []
    private var stack: [Int] = []

    /// Parses `svg`, throwing the parser's error if it is not well-formed XML.
    static func parse(_ svg: String) throws -> SVGTree {
        let tree = SVGTree()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = tree
        guard parser.parse() else {
            throw parser.parserError ?? CocoaError(.coderReadCorrupt)
        }
        return tree
    }

    var root: Element? { elements.first }

    func all(_ name: String) -> [Element] {
        elements.filter { $0.name == name }
    }

    /// Elements named `name` whose `class` is `className`.
    func all(_ name: String, class className: String) -> [Element] {
        elements.filter { $0.name == name && $0.attributes["class"] == className }
    }

    /// The contents of every `<text>`.
    var texts: [String] { all("text").map(\.text) }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        let ancestors = stack.map { elements[$0] }
        elements.append(Element(name: elementName, attributes: attributes, text: "",
                                ancestors: ancestors.map(\.name),
                                ancestorClasses: ancestors.compactMap { $0.attributes["class"] }))
        stack.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let current = stack.last { elements[current].text += string }
    }
}
