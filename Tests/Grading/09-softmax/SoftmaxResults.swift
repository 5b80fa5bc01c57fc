import GradingSupport


/// Everything the student's Lesson 09 functions return for one set of logits and a label,
/// compared entry by entry with expected values (from the reference table or the oracle).
struct SoftmaxResults {
    let logits: [Float]
    let label: Int
    let softmax: [Float]
    let logSoftmax: [Float]
    let jacobian: [[Float]]
    let crossEntropy: Float
    let crossEntropyGradient: [Float]

    init(logits: [Float], label: Int) {
        self.logits = logits
        self.label = label
        softmax = Lesson09Softmax.softmax(logits)
        logSoftmax = Lesson09Softmax.logSoftmax(logits)
        jacobian = softmaxJacobian(logits)
        crossEntropy = Lesson09Softmax.crossEntropy(logits: logits, label: label)
        crossEntropyGradient = Lesson09Softmax.crossEntropyGradient(logits: logits, label: label)
    }

    /// The student's softmax Jacobian of `logits` if it is n×n; otherwise records the wrong shape
    /// and returns nil, so a check can move on to its next input.
    static func squareJacobian(of logits: [Float], check: inout Check) -> [[Float]]? {
        let jacobian = softmaxJacobian(logits)
        guard jacobian.count == logits.count, jacobian.allSatisfy({ $0.count == logits.count }) else {
            check.fail("softmaxJacobian(\(Spelling.floats(logits))): expected a \(logits.count)×\(logits.count) matrix",
                       hint: "the Jacobian of n logits is an n×n matrix, one row per softmax entry")
            return nil
        }
        return jacobian
    }

    var arguments: String { Spelling.floats(logits) }
    var labelled: String { "logits: \(arguments), label: \(label)" }

    /// Which of the five functions a comparison covers.
    enum Part: CaseIterable { case softmax, logSoftmax, jacobian, crossEntropy, gradient }

    /// Compares one part with `expected`, using the oracle's tolerances for these logits.
    func verify(
        _ part: Part, expected: Expected, tolerances oracle: SoftmaxOracle, note: String,
        into check: inout Check
    ) {
        let hintWhenHuge = { (hint: String) in
            logits.contains { $0.magnitude > 80 } ? SoftmaxHints.shift : hint
        }
        switch part {
        case .softmax:
            check.compare("softmax(\(arguments))", got: softmax, expected: expected.softmax,
                          tolerance: oracle.softmaxTolerance, hint: { _ in hintWhenHuge(SoftmaxHints.softmax) },
                          note: note)
        case .logSoftmax:
            check.compare("logSoftmax(\(arguments))", got: logSoftmax, expected: expected.logSoftmax,
                          tolerance: oracle.logSoftmaxTolerance,
                          hint: { _ in hintWhenHuge(SoftmaxHints.logSoftmax) }, note: note)
        case .jacobian:
            guard jacobian.count == logits.count else {
                check.fail("softmaxJacobian(\(arguments)): got \(jacobian.count) rows, expected \(logits.count)\(note)",
                           hint: "the Jacobian of n logits is an n×n matrix, one row per softmax entry")
                return
            }
            for i in logits.indices {
                check.compare("softmaxJacobian(\(arguments))[\(i)]", got: jacobian[i],
                              expected: expected.jacobian[i], tolerance: { oracle.jacobianTolerance(i, $0) },
                              hint: { _ in hintWhenHuge(SoftmaxHints.jacobian) }, note: note)
            }
        case .crossEntropy:
            let tolerance = oracle.crossEntropyTolerance
            if !tolerance.accepts(crossEntropy, expected.crossEntropy) {
                check.fail("crossEntropy(\(labelled)): "
                           + tolerance.describe(got: crossEntropy, expected: expected.crossEntropy) + note,
                           hint: crossEntropy == .infinity ? SoftmaxHints.crossEntropy
                               : hintWhenHuge(SoftmaxHints.crossEntropy))
            }
        case .gradient:
            check.compare("crossEntropyGradient(\(labelled))", got: crossEntropyGradient,
                          expected: expected.crossEntropyGradient, tolerance: oracle.gradientTolerance,
                          hint: { _ in hintWhenHuge(SoftmaxHints.gradient) }, note: note)
        }
    }

    /// The correct results, as Floats.
    struct Expected {
        let softmax: [Float]
        let logSoftmax: [Float]
        let jacobian: [[Float]]
        let crossEntropy: Float
        let crossEntropyGradient: [Float]

        init(_ reference: SoftmaxCase) {
            softmax = reference.softmax
            logSoftmax = reference.logSoftmax
            jacobian = reference.jacobian
            crossEntropy = reference.crossEntropy
            crossEntropyGradient = reference.crossEntropyGradient
        }

        init(_ oracle: SoftmaxOracle) {
            softmax = oracle.softmax.map(Float.init)
            logSoftmax = oracle.logSoftmax.map(Float.init)
            jacobian = oracle.jacobian.map { $0.map(Float.init) }
            crossEntropy = Float(oracle.crossEntropy)
            crossEntropyGradient = oracle.crossEntropyGradient.map(Float.init)
        }
    }
}
