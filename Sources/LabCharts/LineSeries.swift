/// A named sequence of (x, y) points drawn as one line.
///
/// Points are joined in the order given. A point that cannot be drawn — NaN, ±∞, or not
/// positive on a log axis — breaks the line there instead of being joined across, so a
/// diverged run shows as a line that stops, not as a misleading straight segment.
public struct LineSeries: Sendable, Hashable {
    /// The legend entry.
    public var name: String
    public var points: [ChartPoint]
    public var style: LineStyle
    /// Whether to mark every point with a dot: useful for a few points (accuracy per depth),
    /// noise for hundreds.
    public var markers: Bool
    /// nil picks the next Okabe–Ito colour by the series' position.
    public var color: Color?

    public init(_ name: String, points: [ChartPoint], style: LineStyle = .solid,
                markers: Bool = false, color: Color? = nil) {
        self.name = name
        self.points = points
        self.style = style
        self.markers = markers
        self.color = color
    }

    /// A series from parallel arrays of x and y values (the shorter one decides the length).
    public init(_ name: String, x: [Double], y: [Double], style: LineStyle = .solid,
                markers: Bool = false, color: Color? = nil) {
        self.init(name, points: zip(x, y).map { ChartPoint(x: $0, y: $1) }, style: style,
                  markers: markers, color: color)
    }

    /// A series of one value per epoch: x = 1, 2, 3, … as Keras numbers epochs.
    public init(_ name: String, perEpoch values: [Double], style: LineStyle = .solid,
                markers: Bool = false, color: Color? = nil) {
        self.init(name, x: values.indices.map { Double($0 + 1) }, y: values, style: style,
                  markers: markers, color: color)
    }
}
