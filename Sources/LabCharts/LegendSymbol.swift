/// What a legend entry shows in front of its name: a line sample for line series, a filled
/// square for bars and heatmap classes, an outlined dot for scattered points.
enum LegendSymbol: Sendable, Hashable {
    case line(LineStyle, markers: Bool)
    case swatch
    case dot
}
