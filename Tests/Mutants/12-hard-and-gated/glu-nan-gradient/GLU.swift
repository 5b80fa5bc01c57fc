// Mistake: no NaN test, so ∂f/∂a = σ(b) is an ordinary number when a is NaN (NaN in either input must give NaN everywhere).
import ActivationCore
import Foundation

public struct GLU: GatedActivation {
    public init() {}

    public func callAsFunction(_ a: Float, _ b: Float) -> Float {
        a * sigmoid(b)
    }

    public func gradients(_ a: Float, _ b: Float) -> (a: Float, b: Float) {
        let s = sigmoid(b)
        return (s, a * s * sigmoid(-b))
    }

    private func sigmoid(_ t: Float) -> Float {
        let e = exp(-abs(t))
        return t >= 0 ? 1 / (1 + e) : e / (1 + e)
    }
}
