// Mistake: softmax exponentiates the logits without subtracting their maximum, so e^z overflows for z > 88.72 (∞/∞ = NaN).
import ActivationCore
import Foundation

public func softmax(_ logits: [Float]) -> [Float] {
    let e = logits.map { exp($0) }
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
    -logSoftmax(logits)[label]
}

public func crossEntropyGradient(logits: [Float], label: Int) -> [Float] {
    var gradient = softmax(logits)
    gradient[label] -= 1
    return gradient
}
