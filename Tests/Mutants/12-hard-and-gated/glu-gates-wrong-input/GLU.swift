// Mistake: GLU(a, b) = σ(a) · b, gating the wrong input (the kit, Dauphin et al. and F.glu put σ on the second input: a · σ(b)).
import ActivationCore
import Foundation

public struct GLU: GatedActivation {
    public init() {}

    public func callAsFunction(_ a: Float, _ b: Float) -> Float {
        if a.isNaN || b.isNaN { return .nan }
        return sigmoid(a) * b
    }

    public func gradients(_ a: Float, _ b: Float) -> (a: Float, b: Float) {
        if a.isNaN || b.isNaN { return (.nan, .nan) }
        let s = sigmoid(a)
        return (s * sigmoid(-a) * b, s)
    }

    private func sigmoid(_ t: Float) -> Float {
        let e = exp(-abs(t))
        return t >= 0 ? 1 / (1 + e) : e / (1 + e)
    }
}
