/// Which point of a text its (x, y) position names, as SVG's `text-anchor`.
public enum TextAnchor: String, Sendable {
    case start
    case middle
    case end
}
