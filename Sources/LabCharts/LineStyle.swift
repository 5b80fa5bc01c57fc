/// How a series' line is stroked. The kit's convention: training curves solid, validation
/// curves dashed in the same colour, so colour says *which* model and dashing says *which data*.
public enum LineStyle: Sendable, Hashable {
    case solid
    case dashed
    case dotted

    /// The SVG `stroke-dasharray`, nil for a solid line.
    var dashArray: String? {
        switch self {
        case .solid: nil
        case .dashed: "7 4"
        case .dotted: "2 3"
        }
    }
}
