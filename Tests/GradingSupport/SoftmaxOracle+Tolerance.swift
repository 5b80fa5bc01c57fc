/// How closely a correct, textbook-stable Float softmax (shift by the maximum, exponentiate,
/// divide by the sum) can match the oracle. Each allowance names its source:
///
/// - n: summing n rounded exponentials gives the sum a relative error of up to n/2 ulps, which
///   every normalised entry inherits.
/// - |zᵢ − max z| rounding: Float rounds the shifted logit dᵢ by up to |dᵢ|·2⁻²⁴, which e^dᵢ
///   turns into a relative error of |dᵢ|·2⁻²⁴ ≈ |dᵢ|/2 ulps (see `Tolerance.argumentRounding`).
/// - The logits' own scale: log-softmax and cross-entropy are differences of numbers as large
///   as the largest |logit|, and a formulation that adds the maximum back (lse = m + log Σ,
///   then zᵢ − lse) rounds at that scale. Logits of size 10⁴ carry only ±5e-4 absolute
///   precision themselves, so a few ulps of max |z| is inherent, not a mistake.
/// - "1 − something": log-softmax of the top logit (−log Σ with Σ ≈ 1), the Jacobian's
///   diagonal sᵢ(1 − sᵢ) and the label entry s − 1 of the cross-entropy gradient all subtract
///   numbers near 1 and keep only absolute accuracy, a few ulps of 1 per term.
extension SoftmaxOracle {
    private var count: Double { Double(logits.count) }

    private func shiftRounding(_ i: Int) -> UInt64 {
        Tolerance.argumentRounding(shifted[i])
    }

    public func softmaxTolerance(_ i: Int) -> Tolerance {
        Tolerance.composite.plusUlps(UInt64(logits.count) + shiftRounding(i))
    }

    /// The largest finite |logit|, the scale at which log-domain results may be rounded.
    public var logitScale: Double {
        Double(logits.lazy.filter(\.isFinite).map(\.magnitude).max() ?? 0)
    }

    public func logSoftmaxTolerance(_ i: Int) -> Tolerance {
        Tolerance.composite.orAbsolute(Relation.rounding(
            scale: abs(shifted[i]) + abs(logSoftmax[i] - shifted[i]) + count + 2 * logitScale))
    }

    public var crossEntropyTolerance: Tolerance { logSoftmaxTolerance(label) }

    public func jacobianTolerance(_ i: Int, _ j: Int) -> Tolerance {
        let ulps = Tolerance.composite.plusUlps(
            UInt64(logits.count) + shiftRounding(i) + shiftRounding(j))
        return i == j ? ulps.orAbsolute(Relation.rounding(scale: count + 4, ulps: 1)) : ulps
    }

    public func gradientTolerance(_ j: Int) -> Tolerance {
        j == label
            ? softmaxTolerance(j).orAbsolute(Relation.rounding(scale: count + 4, ulps: 1))
            : softmaxTolerance(j)
    }
}
