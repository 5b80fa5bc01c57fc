import GradingProtocol
import GradingSupport

// The student's lesson 09 as the checks call it: the same names as the stubs, answered by the
// driver built from the student's sources (Driver/Driver.swift), never loaded here. A call
// that gets no answer returns NaNs of the right length, after the failure was recorded in
// the check that asked.

/// The namespace the suites use where a local name would shadow the student's function.
enum Lesson09Softmax {
    static func softmax(_ logits: [Float]) -> [Float] { vector("softmax", [], logits, count: logits.count) }

    static func logSoftmax(_ logits: [Float]) -> [Float] { vector("logSoftmax", [], logits, count: logits.count) }

    /// The rows as the student's code returned them, ragged or not.
    static func softmaxJacobian(_ logits: [Float]) -> [[Float]] {
        let n = logits.count
        let nanMatrix = logits.map { _ in logits.map { _ in Float.nan } }
        guard let flat = Submission.shared.ask(Wire.Request(endpoint: "softmaxJacobian", arguments: [logits]))?.first,
              let rows = flat.first.flatMap(count) , flat.count > rows else { return nanMatrix }
        let lengths = flat[1...rows].map(count)
        guard lengths.allSatisfy({ $0 != nil }), flat.count == 1 + rows + lengths.reduce(0, { $0 + $1! }) else {
            return n == 0 ? [] : nanMatrix
        }
        var start = 1 + rows
        return lengths.map { length in
            defer { start += length! }
            return Array(flat[start..<(start + length!)])
        }
    }

    static func crossEntropy(logits: [Float], label: Int) -> Float {
        vector("crossEntropy", [Float(label)], logits, count: 1)[0]
    }

    static func crossEntropyGradient(logits: [Float], label: Int) -> [Float] {
        vector("crossEntropyGradient", [Float(label)], logits, count: logits.count)
    }

    /// The answer as returned (any length), or `count` NaNs when none came.
    private static func vector(_ endpoint: String, _ parameters: [Float], _ logits: [Float], count: Int) -> [Float] {
        Submission.shared.ask(Wire.Request(endpoint: endpoint, parameters: parameters, arguments: [logits]))?.first
            ?? Array(repeating: .nan, count: count)
    }

    /// A length sent as a Float, if it is a whole number in range.
    private static func count(_ value: Float) -> Int? {
        value >= 0 && value <= 1e6 && value == value.rounded() ? Int(value) : nil
    }
}

func softmax(_ logits: [Float]) -> [Float] { Lesson09Softmax.softmax(logits) }
func logSoftmax(_ logits: [Float]) -> [Float] { Lesson09Softmax.logSoftmax(logits) }
func softmaxJacobian(_ logits: [Float]) -> [[Float]] { Lesson09Softmax.softmaxJacobian(logits) }
func crossEntropy(logits: [Float], label: Int) -> Float { Lesson09Softmax.crossEntropy(logits: logits, label: label) }
func crossEntropyGradient(logits: [Float], label: Int) -> [Float] {
    Lesson09Softmax.crossEntropyGradient(logits: logits, label: label)
}
