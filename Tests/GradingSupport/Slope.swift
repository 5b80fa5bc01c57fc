/// Central differences: the slope of a student's own function, to check that their derivative
/// belongs to it.
///
/// This is deliberately tolerant. It does not measure ulps (the oracle checks do that); it
/// catches derivatives of the wrong function, such as σ′(x) written as x(1 − x).
public enum Slope {
    /// (f(x + h) − f(x − h)) / 2h, evaluated in Double from the two Float values.
    ///
    /// Callers choose x and h so that x ± h are exact Floats (x a multiple of h, h a power of
    /// two), so the only error is the rounding of the two function values (`noise`) and the
    /// truncation error h²·f‴/6.
    public static func central(_ f: (Float) -> Float, at x: Float, step h: Float) -> Double {
        (Double(f(x + h)) - Double(f(x - h))) / (2 * Double(h))
    }

    /// How much the rounding of f(x ± h) alone can move the central difference.
    public static func noise(_ f: (Float) -> Float, at x: Float, step h: Float) -> Double {
        (Double(f(x + h).ulp) + Double(f(x - h).ulp)) / (2 * Double(h))
    }

    /// Whether a claimed derivative matches a central difference: within 0.1 % of the larger of
    /// the two, plus 1e-4 for the truncation error (h = 2⁻⁷ gives h²/6 ≈ 1e-5 per unit of f‴),
    /// plus the rounding noise. A NaN or ∞ on either side never agrees.
    public static func agrees(_ derivative: Float, with slope: Double, noise: Double) -> Bool {
        guard derivative.isFinite, slope.isFinite, noise.isFinite else { return false }
        let d = Double(derivative)
        return abs(d - slope) <= 1e-3 * max(abs(d), abs(slope)) + 1e-4 + noise
    }

    /// `f′(x) = d but the slope of f there is s`.
    public static func describe(
        _ call: String, derivative: Float, slope: Double, step h: Float
    ) -> String {
        "\(call) = \(Spelling.float(derivative)), but the slope of your function there is "
            + "\(Spelling.double(slope)) (central difference with step \(Spelling.float(h)))"
    }
}
