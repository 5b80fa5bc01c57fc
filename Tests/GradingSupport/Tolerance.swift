/// How far a student's Float may be from the correctly rounded answer and still count as right.
///
/// A result is accepted when it is within `ulps` units in the last place of the expected value,
/// **or** within `absolute` of it. Ulps are the natural measure for a Float result: a careful
/// implementation of an elementary function lands within a few of them. The absolute allowance
/// exists for the few places where a correct *textbook* Float formula loses relative accuracy
/// through no fault of the student (e.g. 1 − σ(x) once σ(x) has rounded to nearly 1); every
/// use documents why.
///
/// Two rules hold whatever the numbers:
/// - An expected NaN needs a NaN, an expected ±∞ needs exactly that infinity, and an expected
///   finite value needs a finite one (so Float.greatestFiniteMagnitude is not "1 ulp from ∞").
/// - Differences no larger than the smallest normal Float (≈ 1.2e-38) are always accepted.
///   Subnormal results carry fewer than 24 significant bits by design, so flushing to zero or
///   rounding an intermediate into the subnormal range is not a mistake worth points.
public struct Tolerance: Sendable {
    /// Accepted distance in ulps.
    public var ulps: UInt64
    /// Accepted absolute difference (in addition to the subnormal allowance).
    public var absolute: Double

    public init(ulps: UInt64, absolute: Double = 0) {
        self.ulps = ulps
        self.absolute = absolute
    }

    /// Exact up to rounding: for piecewise-linear functions and for results that are plain
    /// compositions of one or two correctly rounded operations.
    public static let tight = Tolerance(ulps: 4)

    /// For results built from a handful of rounded operations (e.g. x · tanh(softplus(x))):
    /// each operation may add half an ulp and an elementary function up to one or two.
    public static let composite = Tolerance(ulps: 8)

    /// ulp(1) = 2⁻²³, the spacing of Floats just above 1.
    public static let ulpOfOne = Double(Float.ulpOfOne)

    /// The same tolerance with an extra absolute allowance (see the type's documentation).
    public func orAbsolute(_ allowance: Double) -> Tolerance {
        Tolerance(ulps: ulps, absolute: max(absolute, allowance))
    }

    /// The same tolerance with `extra` more ulps.
    public func plusUlps(_ extra: UInt64) -> Tolerance {
        Tolerance(ulps: ulps + extra, absolute: absolute)
    }

    /// Whether `got` is close enough to `expected`.
    public func accepts(_ got: Float, _ expected: Float) -> Bool {
        if expected.isNaN { return got.isNaN }
        if expected.isInfinite { return got == expected }
        guard got.isFinite else { return false }
        if ulpDistance(got, expected) <= ulps { return true }
        let difference = abs(Double(got) - Double(expected))
        return difference <= max(absolute, Double(Float.leastNormalMagnitude))
    }

    /// `got …, expected … (N ulps off, M allowed)` for a failure message.
    public func describe(got: Float, expected: Float) -> String {
        var text = "got \(Spelling.float(got)), expected \(Spelling.float(expected))"
        if got.isFinite && expected.isFinite {
            var allowed = "\(ulps) allowed"
            if absolute > 0 { allowed += " or an error of \(Spelling.double(absolute))" }
            text += " (\(Spelling.ulps(ulpDistance(got, expected))) off, \(allowed))"
        }
        return text
    }
}
