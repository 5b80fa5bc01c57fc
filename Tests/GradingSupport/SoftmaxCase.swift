/// One row of `Tests/Fixtures/softmax.tsv`: a vector of logits with a true class, and the
/// correctly rounded Float results of every Lesson 09 function on it.
public struct SoftmaxCase: Sendable {
    /// A short kebab-case name, e.g. `huge-1e30` or `plus-inf`.
    public let name: String
    /// The true class for the cross-entropy columns.
    public let label: Int
    public let logits: [Float]
    public let softmax: [Float]
    public let logSoftmax: [Float]
    /// J[i][j] = ∂softmax(z)ᵢ / ∂zⱼ.
    public let jacobian: [[Float]]
    /// −logSoftmax[label].
    public let crossEntropy: Float
    /// softmax − onehot(label).
    public let crossEntropyGradient: [Float]

    public init(name: String, label: Int, logits: [Float], softmax: [Float], logSoftmax: [Float],
                jacobian: [[Float]], crossEntropy: Float, crossEntropyGradient: [Float]) {
        self.name = name
        self.label = label
        self.logits = logits
        self.softmax = softmax
        self.logSoftmax = logSoftmax
        self.jacobian = jacobian
        self.crossEntropy = crossEntropy
        self.crossEntropyGradient = crossEntropyGradient
    }
}
