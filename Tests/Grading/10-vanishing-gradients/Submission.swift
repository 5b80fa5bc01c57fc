import GradingProtocol
import GradingSupport

/// The student's `ScalarChain` as the checks hold it: weights, biases and one of the checks'
/// own activations, its passes computed by the driver built from the student's sources
/// (Driver/Driver.swift), never loaded here. A pass that gets no answer returns NaNs of the
/// chain's shape, after the failure was recorded in the check that asked.
struct ScalarChain {
    var weights: [Float]
    var biases: [Float]
    var activation: any DoubleActivation

    init(weights: [Float], biases: [Float], activation: any DoubleActivation) {
        self.weights = weights
        self.biases = biases
        self.activation = activation
    }

    /// The parameters the driver rebuilds the chain from (see Driver/Driver.swift).
    private var parameters: [Float] {
        let code: Float = switch activation.name { case "sigmoid": 0; case "tanh": 1; default: 2 }
        return [code, Float(weights.count)] + weights + biases
    }

    func forward(_ x: Float) -> [Float] {
        Submission.shared.ask(Wire.Request(endpoint: "ScalarChain.forward", parameters: parameters, arguments: [[x]]))?
            .first ?? Array(repeating: .nan, count: weights.count + 1)
    }

    func gradients(_ x: Float) -> (input: Float, weights: [Float], biases: [Float]) {
        let missing = (Float.nan, weights.map { _ in Float.nan }, biases.map { _ in Float.nan })
        guard let flat = Submission.shared.ask(Wire.Request(endpoint: "ScalarChain.gradients", parameters: parameters,
                                                            arguments: [[x]]))?.first,
              flat.count >= 3, let w = Self.count(flat[0]), let b = Self.count(flat[1]), flat.count == 3 + w + b
        else { return missing }
        return (flat[2], Array(flat[3..<(3 + w)]), Array(flat[(3 + w)...]))
    }

    private static func count(_ value: Float) -> Int? {
        value >= 0 && value <= 1e6 && value == value.rounded() ? Int(value) : nil
    }
}
