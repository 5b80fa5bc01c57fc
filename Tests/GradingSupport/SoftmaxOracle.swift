import Foundation

/// An independent Double reference for softmax, log-softmax, the softmax Jacobian and
/// cross-entropy, written so that Double loses nothing: every exponent is non-positive
/// (shifted by the maximum), and every "1 − something" is computed as the sum of the other
/// terms instead, so tiny results keep their relative accuracy.
public struct SoftmaxOracle {
    public let logits: [Float]
    public let label: Int
    /// zᵢ − max z, exactly as Double computes it.
    public let shifted: [Double]
    public let softmax: [Double]
    public let logSoftmax: [Double]
    public let jacobian: [[Double]]
    public let crossEntropy: Double
    public let crossEntropyGradient: [Double]

    /// `logits` must be non-empty and finite, `label` a valid index.
    public init(logits: [Float], label: Int) {
        self.logits = logits
        self.label = label
        let top = Double(logits.max() ?? 0)
        let shifted = logits.map { Double($0) - top }
        let exponentials = shifted.map { exp($0) }
        let sum = exponentials.reduce(0, +)
        // Σ eⱼ over j ≠ i, summed directly: 1 − softmaxᵢ without cancellation.
        let others = exponentials.indices.map { i in
            exponentials.indices.reduce(0) { $0 + ($1 == i ? 0 : exponentials[$1]) }
        }
        let topIndex = shifted.firstIndex(of: 0) ?? 0
        let logSum = log1p(others[topIndex])  // log Σ eⱼ, and Σ eⱼ = 1 + the others of the top
        let softmax = exponentials.map { $0 / sum }
        self.shifted = shifted
        self.softmax = softmax
        logSoftmax = shifted.map { $0 - logSum }
        jacobian = softmax.indices.map { i in
            softmax.indices.map { j in
                i == j ? softmax[i] * (others[i] / sum) : -softmax[i] * softmax[j]
            }
        }
        crossEntropy = logSum - shifted[label]
        crossEntropyGradient = softmax.indices.map { j in
            j == label ? -others[j] / sum : softmax[j]
        }
    }
}
