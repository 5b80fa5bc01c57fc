import ActivationCore

/// A softplus that answers NaN everywhere, as a formula like ∞ − ∞ or 0 · ∞ would, without ever
/// calling `unimplemented()`. The grader must score it 0 with plain failing checks: no crash, and
/// not "not started".
public struct Softplus: Activation {
    public init() {}

    public func callAsFunction(_ x: Float) -> Float {
        .infinity - .infinity
    }

    public func derivative(_ x: Float) -> Float {
        0 * .infinity
    }
}
