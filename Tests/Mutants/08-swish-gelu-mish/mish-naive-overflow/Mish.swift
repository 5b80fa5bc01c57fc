// Mistake: closed forms in e^(2x), e^(3x), e^(4x): tanh(softplus(x)) = (e²ˣ + 2eˣ)/(e²ˣ + 2eˣ + 2) and f′ = eˣω/δ², which overflow to ∞/∞ = NaN for x > 22.
import ActivationCore
import Foundation

public struct Mish: Activation {
    public init() {}

    public func callAsFunction(_ x: Float) -> Float {
        let e = exp(x)
        let n = e * e + 2 * e
        return x * n / (n + 2)
    }

    public func derivative(_ x: Float) -> Float {
        let e = exp(x)
        let omega = 4 * (x + 1) + 4 * e * e + e * e * e + e * (4 * x + 6)
        let delta = 2 * e + e * e + 2
        return e * omega / (delta * delta)
    }
}
