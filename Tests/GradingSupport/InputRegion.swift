/// Which reference-table region an input belongs to, so that a failure at a random point gets
/// the same hint as a failure at a table point of that kind.
public enum InputRegion {
    /// Above this |x|, e^|x| overflows Float (ln(Float.greatestFiniteMagnitude) ≈ 88.72).
    public static let overflowThreshold: Float = 88

    /// `zero`, `tiny` (|x| < 2⁻¹⁰), `moderate` (≤ 10), `tail` (≤ 88), `overflow`, or `special`
    /// (±∞ and NaN).
    public static func of(_ x: Float) -> String {
        let magnitude = x.magnitude
        if !x.isFinite { return "special" }
        if magnitude == 0 { return "zero" }
        if magnitude < 0x1p-10 { return "tiny" }
        if magnitude <= 10 { return "moderate" }
        if magnitude <= overflowThreshold { return "tail" }
        return "overflow"
    }
}
