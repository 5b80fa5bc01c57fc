import ActivationCore

/// A sigmoid that does not compile, by the most common slip of all: `exp` comes from Foundation,
/// which this file forgets to import. The grader must report "does not compile" for lesson 02
/// with this file's first error, and grade every other lesson as usual.
public struct Sigmoid: Activation {
    public init() {}

    public func callAsFunction(_ x: Float) -> Float {
        1 / (1 + exp(-x))
    }

    public func derivative(_ x: Float) -> Float {
        let s = self(x)
        return s * (1 - s)
    }
}
