import Testing

/// Identities between a student's own functions, e.g. σ(−x) = 1 − σ(x) or tanh(−x) = −tanh(x).
///
/// Both sides are computed from the student's Float results (combined in Double, so the check
/// adds no rounding of its own) and must agree within `allowed(x)`, an absolute bound chosen by
/// each identity from the size of the terms it combines. A side that is NaN or ±∞ at a finite
/// input never agrees, so an unfinished stub (NaN everywhere) cannot satisfy an identity.
public struct Relation {
    /// How the identity reads, with `x` for the input: `sigmoid(-x) = 1 - sigmoid(x)`.
    public let lhsText: String
    public let rhsText: String
    public let lhs: (Float) -> Double
    public let rhs: (Float) -> Double
    public let allowed: (Float) -> Double

    public init(
        _ lhsText: String, _ lhs: @escaping (Float) -> Double,
        equals rhsText: String, _ rhs: @escaping (Float) -> Double,
        allowed: @escaping (Float) -> Double
    ) {
        self.lhsText = lhsText
        self.rhsText = rhsText
        self.lhs = lhs
        self.rhs = rhs
        self.allowed = allowed
    }

    /// `ulps` units of 2⁻²³ relative to `scale`: the rounding a few Float operations on
    /// numbers of size `scale` may accumulate.
    public static func rounding(scale: Double, ulps: Double = 4) -> Double {
        ulps * scale * Double(Float.ulpOfOne)
    }

    /// Checks the identity at every input, as one check.
    public func check(at inputs: [Float], hint: String, sourceLocation: SourceLocation = #_sourceLocation) {
        Check.run(sourceLocation: sourceLocation) { check in
            verify(at: inputs, hint: hint, into: &check)
        }
    }

    /// Checks the identity at every input as part of a larger check.
    public func verify(at inputs: [Float], hint: String, into check: inout Check) {
        for x in inputs {
            let left = lhs(x), right = rhs(x), bound = allowed(x)
            if left.isFinite && right.isFinite {
                let difference = abs(left - right)
                if difference > bound {
                    check.fail("at x = \(Spelling.float(x)): \(lhsText) = \(Spelling.double(left)) but "
                               + "\(rhsText) = \(Spelling.double(right)) (they differ by "
                               + "\(Spelling.double(difference)), allowed \(Spelling.double(bound)))",
                               hint: hint)
                }
            } else {
                let huge = x.magnitude > InputRegion.overflowThreshold
                check.fail("at x = \(Spelling.float(x)): \(lhsText) = \(Spelling.double(left)) and "
                           + "\(rhsText) = \(Spelling.double(right)), expected finite numbers",
                           hint: huge ? Hints.overflow : Hints.notFinite)
            }
        }
    }
}
