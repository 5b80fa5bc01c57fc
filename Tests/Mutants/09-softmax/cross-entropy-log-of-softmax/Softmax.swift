// Mistake: cross-entropy as −log(softmax(z)[label]), which is log 0 = −∞ (a loss of ∞) once that probability underflows.
import ActivationCore
import Foundation

public func softmax(_ logits: [Float]) -> [Float] {
    guard let top = logits.max() else { return [] }
    let e = logits.map { exp($0 - top) }
    let sum = e.reduce(0, +)
    return e.map { $0 / sum }
}

public func logSoftmax(_ logits: [Float]) -> [Float] {
    guard let top = logits.max() else { return [] }
    let logSum = log(logits.map { exp($0 - top) }.reduce(0, +))
    return logits.map { $0 - top - logSum }
}

public func softmaxJacobian(_ logits: [Float]) -> [[Float]] {
    let s = softmax(logits)
    return s.indices.map { i in s.indices.map { j in i == j ? s[i] * (1 - s[i]) : -s[i] * s[j] } }
}

public func crossEntropy(logits: [Float], label: Int) -> Float {
    -log(softmax(logits)[label])
}

public func crossEntropyGradient(logits: [Float], label: Int) -> [Float] {
    var gradient = softmax(logits)
    gradient[label] -= 1
    return gradient
}
