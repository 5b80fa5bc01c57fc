import Foundation

/// The classification head: softmax and cross-entropy fused into one stable pass per example.
///
/// With m = max z, log-softmax is z − m − log Σ exp(z − m): no exponential ever overflows and
/// the largest term of the sum is exactly 1, so the log never sees 0. The gradient of the mean
/// loss with respect to the logits is (softmax − one-hot) / batch size, the well-known
/// simplification that makes fusing the two worth it.
enum SoftmaxCrossEntropy {
    /// Loss (summed over the rows) and correct predictions of `rows` rows of logits, each
    /// `classes` wide at `stride` apart. When `delta` is given, writes ∂(mean loss)/∂z there
    /// (`scale` = 1/batch size), leaving the padding columns untouched (zero).
    static func evaluate(logits: UnsafePointer<Float>, stride: Int, classes: Int, rows: Int,
                         labels: UnsafePointer<Int32>, delta: UnsafeMutablePointer<Float>?,
                         scale: Float) -> (loss: Double, correct: Int) {
        var loss = 0.0
        var correct = 0
        for i in 0..<rows {
            let z = logits + i * stride
            let label = Int(labels[i])
            var best = 0
            for j in 1..<classes where z[j] > z[best] { best = j }
            let maximum = z[best]
            var sum: Float = 0
            for j in 0..<classes { sum += exp(z[j] - maximum) }
            let logSum = maximum + log(sum)
            loss += Double(logSum - z[label])
            if best == label { correct += 1 }
            if let delta {
                let d = delta + i * stride
                for j in 0..<classes {
                    let p = exp(z[j] - logSum)
                    d[j] = (j == label ? p - 1 : p) * scale
                }
            }
        }
        return (loss, correct)
    }

    /// softmax of `rows` rows of logits into `output` (`classes` per row, packed).
    static func probabilities(logits: UnsafePointer<Float>, stride: Int, classes: Int, rows: Int,
                              into output: UnsafeMutablePointer<Float>) {
        for i in 0..<rows {
            let z = logits + i * stride, p = output + i * classes
            var maximum = z[0]
            for j in 1..<classes { maximum = max(maximum, z[j]) }
            var sum: Float = 0
            for j in 0..<classes {
                p[j] = exp(z[j] - maximum)
                sum += p[j]
            }
            for j in 0..<classes { p[j] /= sum }
        }
    }
}
