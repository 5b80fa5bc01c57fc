import GradingDriver

/// Lesson 09's driver, compiled together with the student's sources of this lesson: it answers
/// the checks' requests (see `GradingDriver`) and does nothing else.
@main
enum LessonDriver {
    static func main() {
        // Labels travel as the first parameter; a Jacobian as its row count, each row's length,
        // then the rows, so that a ragged answer reaches the checks as it is.
        GradingDriver.serve([
            "softmax": { _, logits in softmax(logits) },
            "logSoftmax": { _, logits in logSoftmax(logits) },
            "softmaxJacobian": { _, logits in
                let rows = softmaxJacobian(logits)
                return [Float(rows.count)] + rows.map { Float($0.count) } + rows.flatMap { $0 }
            },
            "crossEntropy": { p, logits in [crossEntropy(logits: logits, label: Int(p[0]))] },
            "crossEntropyGradient": { p, logits in crossEntropyGradient(logits: logits, label: Int(p[0])) },
        ])
    }
}
