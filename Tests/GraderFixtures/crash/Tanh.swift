import ActivationCore

/// A tanh that traps: it looks its answer up in a table that was never filled, so the first call
/// is an index out of range. The grader must report "crashed (signal …)" for lesson 03 only.
public struct Tanh: Activation {
    private let table: [Float] = []

    public init() {}

    public func callAsFunction(_ x: Float) -> Float {
        table[Int(x.magnitude)]
    }

    public func derivative(_ x: Float) -> Float {
        let t = self(x)
        return 1 - t * t
    }
}
