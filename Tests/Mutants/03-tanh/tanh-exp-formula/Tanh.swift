// Mistake: tanh(x) = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ) evaluated literally: NaN (∞/∞) for |x| > 88.72 and cancellation for tiny x.
import ActivationCore
import Foundation

public struct Tanh: Activation {
    public init() {}

    public func callAsFunction(_ x: Float) -> Float {
        let p = exp(x), m = exp(-x)
        return (p - m) / (p + m)
    }

    public func derivative(_ x: Float) -> Float {
        let t = self(x)
        return 1 - t * t
    }
}
