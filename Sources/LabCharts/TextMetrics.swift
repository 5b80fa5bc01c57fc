/// Estimated text widths for layout.
///
/// An SVG file cannot measure its own text and the browser's font is unknown, so layout uses a
/// deliberately generous average advance (0.6 em, wider than DejaVu Sans' or Helvetica's
/// average): a label may end up with a little more room than it needs, never overlapping.
enum TextMetrics {
    static func width(_ text: String, size: Double) -> Double {
        Double(text.count) * size * 0.6
    }
}
