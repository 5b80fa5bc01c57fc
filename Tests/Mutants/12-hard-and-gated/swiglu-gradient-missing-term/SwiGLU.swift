// Mistake: ∂f/∂a = σ(a) · b, taking Swish′(a) to be σ(a) and dropping the product rule's a·σ′(a) term.
import ActivationCore
import Foundation

public struct SwiGLU: GatedActivation {
    public init() {}

    public func callAsFunction(_ a: Float, _ b: Float) -> Float {
        if a.isNaN || b.isNaN { return .nan }
        return swish(a) * b
    }

    public func gradients(_ a: Float, _ b: Float) -> (a: Float, b: Float) {
        if a.isNaN || b.isNaN { return (.nan, .nan) }
        return (sigmoid(a) * b, swish(a))
    }

    private func swish(_ t: Float) -> Float {
        t == -.infinity ? 0 : t * sigmoid(t)
    }

    private func sigmoid(_ t: Float) -> Float {
        let e = exp(-abs(t))
        return t >= 0 ? 1 / (1 + e) : e / (1 + e)
    }
}
