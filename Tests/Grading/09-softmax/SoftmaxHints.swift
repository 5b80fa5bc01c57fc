/// What a failing softmax check most likely means.
enum SoftmaxHints {
    static let shift =
        "e^z overflows Float for z > 88.72 (∞/∞ = NaN) and underflows to 0 for z < −103 (0/0 = NaN); subtract the largest logit first: softmax(z) = softmax(z − max z), so every exponent is ≤ 0 and the sum is ≥ 1 (Hints 1 and 2 in Exercises/09-softmax/README.md)"
    static let softmax =
        "softmax(z)ᵢ = e^(zᵢ − m) / Σⱼ e^(zⱼ − m) with m = max z (Hints 2 and 3 in Exercises/09-softmax/README.md)"
    static let logSoftmax =
        "log softmax(z)ᵢ = zᵢ − m − log Σⱼ e^(zⱼ − m) with m = max z; taking log(softmax(z)) instead gives −∞ once an entry underflows to 0 (Hint 2 in Exercises/09-softmax/README.md)"
    static let jacobian =
        "∂softmaxᵢ/∂zⱼ = sᵢ(δᵢⱼ − sⱼ): sᵢ(1 − sᵢ) on the diagonal and −sᵢsⱼ off it, with s = softmax(z) (Hint 4 in Exercises/09-softmax/README.md)"
    static let crossEntropy =
        "cross-entropy = −log softmax(z)[label] = m + log Σⱼ e^(zⱼ − m) − z[label]; computing log(softmax(z)[label]) gives log 0 = −∞ (a loss of ∞) when the prediction is confidently wrong (Hint 2 in Exercises/09-softmax/README.md)"
    static let gradient =
        "∂CE/∂zⱼ = softmax(z)ⱼ − [j = label]: the softmax with 1 subtracted at the label (Hint 4 in Exercises/09-softmax/README.md)"
    static let length = "return one entry per logit, in the same order"
}
