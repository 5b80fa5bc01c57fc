// Reference notes: Solutions/09-softmax/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore
import Foundation

// Softmax turns a vector of logits into probabilities; cross-entropy scores those probabilities
// against the true class.
//
// Every function below starts from the same max-shifted exponentials. With m = max zⱼ,
//
//     softmax(z)ᵢ = e^(zᵢ−m) / Σⱼ e^(zⱼ−m),
//
// which is the same number (the factor e^−m cancels) but never overflows: every exponent is
// ≤ 0, so every term lies in [0, 1], and the term of the largest logit is exactly 1, so the sum
// lies in [1, n] and never underflows to 0 either. The unshifted form overflows e^zᵢ to ∞ for a
// single Float logit above 88.7 and returns ∞/∞ = NaN.
//
// Two further rearrangements keep digits that the textbook formulas lose:
// - log Σⱼ e^(zⱼ−m) is computed as log1p(r), where r is the sum of the terms other than the
//   largest one (whose term is exactly 1). When the largest logit dominates, r is tiny and
//   log(1 + r) would round 1 + r to 1 and return 0; log1p(r) ≈ r keeps it. This is the
//   log-sum-exp trick done with full relative accuracy.
// - 1 − sᵢ, needed by the Jacobian's diagonal and by the gradient's entry for the true class,
//   is computed as (Σⱼ≠ᵢ e^(zⱼ−m)) / Σ, a sum of non-negative terms, instead of subtracting
//   sᵢ from 1, which returns 0 as soon as sᵢ rounds to 1.
//
// The sums and quotients run in Double and each result is rounded once to Float (as in
// `ArcTan`, lesson 01), so every entry lands within an ulp of the correctly rounded value.
//
// Non-finite logits follow the limits, documented here once for all five functions:
// - a −∞ logit has probability 0 and log-probability −∞;
// - if some logits are +∞, they share the probability equally (the limit of moving them to
//   infinity together, which is what the shift by m = +∞ gives when ∞ − ∞ is read as 0) and
//   every finite logit gets probability 0; so one +∞ logit gives a one-hot softmax;
// - if every logit is −∞ (there is no probability to share out) or any logit is NaN, every
//   output is NaN.
// An empty vector of logits gives empty outputs. Cross-entropy and its gradient need a class:
// a `label` outside `logits.indices` (which includes every label of an empty vector) stops the
// program with a precondition failure naming the label and the count.

/// softmax(z)ᵢ = e^zᵢ / Σⱼ e^zⱼ. Every entry lies in [0, 1] and they sum to 1.
public func softmax(_ logits: [Float]) -> [Float] {
    let terms = ShiftedExponentials(logits)
    return terms.exponentials.map { Float($0 / terms.total) }
}

/// log softmax(z)ᵢ = zᵢ − log Σⱼ e^zⱼ, computed without forming softmax first.
///
/// As zᵢ − m − log1p(r): both subtracted parts are ≥ 0 and zᵢ − m ≤ 0, so nothing cancels, and
/// entries whose probability underflows to 0 still get their exact log-probability (for
/// example −1e30 for a logit 1e30 below the largest).
public func logSoftmax(_ logits: [Float]) -> [Float] {
    let terms = ShiftedExponentials(logits)
    return terms.shifted.map { Float($0 - terms.logTotal) }
}

/// The Jacobian J[i][j] = ∂softmax(z)ᵢ / ∂zⱼ.
///
/// J = diag(s) − s sᵀ: J[i][j] = −sᵢsⱼ off the diagonal and sᵢ(1 − sᵢ) on it, with 1 − sᵢ
/// formed without cancellation (see the top of this file). Each row sums to 0.
public func softmaxJacobian(_ logits: [Float]) -> [[Float]] {
    let terms = ShiftedExponentials(logits)
    let s = terms.exponentials.map { $0 / terms.total }
    return s.indices.map { i in
        s.indices.map { j in
            Float(i == j ? s[i] * terms.complement(i) : -s[i] * s[j])
        }
    }
}

/// The cross-entropy −log softmax(z)[label] of the logits against the true class `label`.
///
/// Precondition: `logits.indices.contains(label)`.
public func crossEntropy(logits: [Float], label: Int) -> Float {
    checkLabel(label, count: logits.count)
    return -logSoftmax(logits)[label]
}

/// ∂ crossEntropy / ∂zᵢ for every logit.
///
/// softmax(z) − onehot(label): sᵢ for the other classes and sᵢ − 1 = −(1 − sᵢ) for the true
/// one, with 1 − sᵢ formed without cancellation (see the top of this file), so a confident
/// right answer gets its tiny gradient instead of 0.
///
/// Precondition: `logits.indices.contains(label)`.
public func crossEntropyGradient(logits: [Float], label: Int) -> [Float] {
    checkLabel(label, count: logits.count)
    let terms = ShiftedExponentials(logits)
    return terms.exponentials.indices.map { i in
        Float(i == label ? -terms.complement(i) : terms.exponentials[i] / terms.total)
    }
}

/// Stops with a one-line message when `label` names no logit.
private func checkLabel(_ label: Int, count: Int) {
    precondition((0..<count).contains(label),
                 "label \(label) is out of range for \(count) logits (valid: 0..<\(count))")
}

/// The max-shifted exponentials that every function above starts from (see the top of this
/// file), in Double.
private struct ShiftedExponentials {
    /// zᵢ − m for every logit (0 for the +∞ logits when m = +∞, NaN when undefined).
    let shifted: [Double]
    /// e^(zᵢ − m) ∈ [0, 1].
    let exponentials: [Double]
    /// Σⱼ e^(zⱼ − m) ∈ [1, n].
    let total: Double
    /// log Σⱼ e^(zⱼ − m) = log1p(r), with r the sum of every term but one largest.
    let logTotal: Double
    /// The index of one largest logit, whose term is exactly 1 (0 for an empty vector).
    private let top: Int
    /// r: the sum of every term except the one at `top`.
    private let rest: Double

    init(_ logits: [Float]) {
        let largest = logits.max() ?? 0
        let undefined = logits.contains { $0.isNaN } || largest == -.infinity
        shifted = logits.map { z in
            if undefined { return .nan }
            if largest == .infinity { return z == .infinity ? 0 : -.infinity }
            return Double(z) - Double(largest)
        }
        let terms = shifted.map { exp($0) }
        let largestIndex = shifted.firstIndex(of: 0) ?? 0
        exponentials = terms
        top = largestIndex
        rest = terms.indices.reduce(0) { sum, j in j == largestIndex ? sum : sum + terms[j] }
        total = undefined ? .nan : 1 + rest
        logTotal = undefined ? .nan : log1p(rest)
    }

    /// (1 − sᵢ) = Σⱼ≠ᵢ e^(zⱼ − m) / Σ, without subtracting from 1.
    ///
    /// For i = top that sum is r itself. Otherwise it is 1 + (r − e^(zᵢ−m)): the subtraction
    /// may cancel digits of r, but the result is then added to the exact 1 of the largest term,
    /// so its absolute error (a few ulps of r ≤ n) stays a few ulps of the whole.
    func complement(_ i: Int) -> Double {
        (i == top ? rest : 1 + (rest - exponentials[i])) / total
    }
}
