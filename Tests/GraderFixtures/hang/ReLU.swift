import ActivationCore

/// A ReLU that never returns for negative inputs (a loop whose condition never changes). The
/// grader must kill it at its time limit and report "timed out" for lesson 04 only.
public struct ReLU: Activation {
    public init() {}

    public func callAsFunction(_ x: Float) -> Float {
        var y = x
        while y < 0 {
            y = y * 1
        }
        return y
    }

    public func derivative(_ x: Float) -> Float {
        x > 0 ? 1 : 0
    }
}
