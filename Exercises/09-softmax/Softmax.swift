// Lesson: Exercises/09-softmax/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore

// Softmax turns a vector of logits into probabilities; cross-entropy scores those probabilities
// against the true class. Read this lesson's README.md, then replace each `unimplemented()`.

/// softmax(z)ᵢ = e^zᵢ / Σⱼ e^zⱼ. Every entry lies in [0, 1] and they sum to 1.
public func softmax(_ logits: [Float]) -> [Float] {
    logits.map { _ in unimplemented() }
}

/// log softmax(z)ᵢ = zᵢ − log Σⱼ e^zⱼ, computed without forming softmax first.
public func logSoftmax(_ logits: [Float]) -> [Float] {
    logits.map { _ in unimplemented() }
}

/// The Jacobian J[i][j] = ∂softmax(z)ᵢ / ∂zⱼ.
public func softmaxJacobian(_ logits: [Float]) -> [[Float]] {
    logits.map { _ in logits.map { _ in unimplemented() } }
}

/// The cross-entropy −log softmax(z)[label] of the logits against the true class `label`.
public func crossEntropy(logits: [Float], label: Int) -> Float {
    unimplemented()
}

/// ∂ crossEntropy / ∂zᵢ for every logit.
public func crossEntropyGradient(logits: [Float], label: Int) -> [Float] {
    logits.map { _ in unimplemented() }
}
