// Reference notes: Solutions/01-warm-up/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore

/// The identity, f(x) = x: the "linear" activation of an output layer.
///
/// Both results are exact. The value is the input itself, so ±0, ±∞ and NaN pass through
/// unchanged; the derivative is the constant 1, except that NaN in gives NaN out, as the
/// `Activation` contract asks of every function.
public struct Identity: Activation {
    public init() {}

    /// f(x) = x.
    public func callAsFunction(_ x: Float) -> Float {
        x
    }

    /// f′(x) = 1 for every number; NaN stays NaN.
    public func derivative(_ x: Float) -> Float {
        x.isNaN ? x : 1
    }
}
