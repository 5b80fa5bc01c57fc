import Foundation

/// How numbers appear in failure messages: nine significant digits (`%.9g`, enough to tell any
/// two Floats apart) and `nan`, `inf`, `-inf` spelled the same on every platform.
public enum Spelling {
    /// A Float as the grading contract prints it.
    public static func float(_ x: Float) -> String {
        double(Double(x))
    }

    /// A Double with the same spelling rules (used for slopes computed in Double).
    public static func double(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x > 0 ? "inf" : "-inf" }
        return String(format: "%.9g", x)
    }

    /// A list of Floats, e.g. `[0.5, -1, inf]`.
    public static func floats(_ xs: [Float]) -> String {
        "[" + xs.map(float).joined(separator: ", ") + "]"
    }

    /// A distance in ulps, short for large values: `3 ulps`, `1.1e+09 ulps`.
    public static func ulps(_ distance: UInt64) -> String {
        if distance == UInt64.max { return "∞ ulps" }
        if distance < 100_000 { return distance == 1 ? "1 ulp" : "\(distance) ulps" }
        return String(format: "%.2g ulps", Double(distance))
    }
}
