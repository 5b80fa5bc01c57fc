/// A chart's width and height in pixels (SVG user units).
public struct ChartSize: Sendable, Hashable {
    public var width: Double
    public var height: Double

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// 720 × 440: wide enough for a right-hand legend, and readable at full width on a page.
    public static let standard = ChartSize(width: 720, height: 440)
    /// 340 × 320: one panel of a row of small multiples.
    public static let panel = ChartSize(width: 340, height: 320)
}
