import ActivationCore
import GradingProtocol

/// A student's activation as the checks hold it: the type's name and the parameters to build
/// it with, its values answered by the submission's driver (see `Submission`).
///
/// It conforms to `Activation`, so every check reads as if it called the student's code
/// directly, and to `BatchActivation`, so the trainer asks for a layer at a time. Checks that
/// loop over many inputs call `prefetch` first: one request answers them all.
public struct RemoteActivation: BatchActivation, Prefetching {
    /// The student's type, `LeakyReLU`.
    public let type: String
    /// Its initialiser's arguments; empty for the default initialiser.
    public let parameters: [Float]

    public init(_ type: String, parameters: [Float] = []) {
        self.type = type
        self.parameters = parameters
    }

    public func callAsFunction(_ x: Float) -> Float {
        Submission.shared.both(type, parameters: parameters, at: [x]).values[0]
    }

    public func derivative(_ x: Float) -> Float {
        Submission.shared.both(type, parameters: parameters, at: [x]).derivatives[0]
    }

    /// A whole layer's batch, as training asks for it: one request, not kept (training never
    /// asks for the same pre-activations twice, and a cache would only grow).
    public func evaluate(_ inputs: [Float]) -> (values: [Float], derivatives: [Float]) {
        let answer = Submission.shared.ask(Wire.Request(endpoint: "\(type).both", parameters: parameters,
                                                        arguments: [inputs]))?.first
        guard let answer, answer.count == 2 * inputs.count else {
            let missing = inputs.map { _ in Float.nan }
            return (missing, missing)
        }
        return (Array(answer[..<inputs.count]), Array(answer[inputs.count...]))
    }

    public func prefetch(_ inputs: [Float]) {
        _ = Submission.shared.both(type, parameters: parameters, at: inputs)
    }

    /// Another method of the student's type taking one Float, e.g. PReLU's `alphaGradient`,
    /// at every input (NaN where no answer came).
    public func method(_ name: String, at inputs: [Float]) -> [Float] {
        let answer = Submission.shared.ask(Wire.Request(endpoint: "\(type).\(name)", parameters: parameters,
                                                        arguments: [inputs]))?.first
        guard let answer, answer.count == inputs.count else { return inputs.map { _ in .nan } }
        return answer
    }

    /// A Float property of the student's value, e.g. `alpha`.
    public func property(_ name: String) -> Float {
        method(name, at: [0]).first ?? .nan
    }
}

/// Something whose answers are cheaper asked for all at once.
public protocol Prefetching {
    func prefetch(_ inputs: [Float])
}

extension Activation {
    /// Asks for f and f′ at all `inputs` in one go when the activation is answered elsewhere.
    func prefetch(_ inputs: [Float]) {
        (self as? any Prefetching)?.prefetch(inputs)
    }
}

/// A student's gated unit (lesson 12) as the checks hold it: answered by the driver, like
/// `RemoteActivation`, pairs asked for in batches by `prefetch`.
public struct RemoteGated: GatedActivation, PrefetchingPairs {
    public let type: String

    public init(_ type: String) {
        self.type = type
    }

    public func callAsFunction(_ a: Float, _ b: Float) -> Float {
        Submission.shared.gated(type, at: [(a, b)])[0].value
    }

    public func gradients(_ a: Float, _ b: Float) -> (a: Float, b: Float) {
        let answer = Submission.shared.gated(type, at: [(a, b)])[0]
        return (answer.a, answer.b)
    }

    public func prefetch(_ pairs: [(a: Float, b: Float)]) {
        _ = Submission.shared.gated(type, at: pairs)
    }
}

/// Something whose answers for pairs are cheaper asked for all at once.
public protocol PrefetchingPairs {
    func prefetch(_ pairs: [(a: Float, b: Float)])
}

extension GatedActivation {
    /// Asks for f and both gradients at all `pairs` in one go when the unit is answered elsewhere.
    func prefetch(_ pairs: [(a: Float, b: Float)]) {
        (self as? any PrefetchingPairs)?.prefetch(pairs)
    }
}
