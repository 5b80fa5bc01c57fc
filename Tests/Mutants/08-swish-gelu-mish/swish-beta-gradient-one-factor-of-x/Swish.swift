// Mistake: betaGradient forgets one factor of x, x·σ(βx)·σ(−βx): the chain rule's ∂(βx)/∂β = x is there, f = x·σ(βx)'s own x is not.
import ActivationCore
import Foundation

/// Swish, x · σ(βx); at β = 1 it is SiLU.
///
/// With t = βx and e = e^−|t| ∈ [0, 1] (which never overflows), the logistic factor is
/// σ(t) = 1/(1 + e) for t ≥ 0 and e/(1 + e) for t < 0, and its derivative σ′(t) = e/(1 + e)²,
/// the same sign-split forms as lesson 02's `Sigmoid`. Everything runs in Double and rounds
/// once to Float (see `ArcTan` in lesson 01); βx is exact in Double.
///
/// At x = ±∞ the formulas meet ∞ · 0, so the limits are returned directly: where βx → −∞ the
/// factor σ(βx) vanishes exponentially and beats the linear growth of x, giving 0.
///
/// `betaGradient`, ∂f/∂β = x²·σ′(βx), lets a trainer learn β (one per unit, starting at 1);
/// it uses the same σ′ and the same Double evaluation.
public struct Swish: Activation {
    /// The sharpness β; as β → ∞ Swish approaches ReLU. A constant, or a trainable parameter
    /// whose gradient is `betaGradient`.
    public let beta: Float

    public init(beta: Float = 1) {
        self.beta = beta
    }

    /// x · σ(βx); for β > 0, Swish(−∞) = 0 and Swish(+∞) = +∞. NaN stays NaN.
    public func callAsFunction(_ x: Float) -> Float {
        if x.isInfinite {
            // βx → −∞: 0; βx → +∞: x; β = 0 (βx is NaN here): x/2 = x.
            return beta * x < 0 ? 0 : x
        }
        let d = Double(x)
        return Float(d * Self.logistic(Double(beta) * d).value)
    }

    /// f′(x) = σ(βx) + βx · σ′(βx); for β > 0 the limits are 0 at −∞ and 1 at +∞.
    ///
    /// f′ is negative for βx < −1.28 (where Swish dips), and the two terms cancel near that root;
    /// in Double the cancellation costs nothing visible in Float, because a Float input is at
    /// least 1e-7 away from the irrational root.
    public func derivative(_ x: Float) -> Float {
        if x.isInfinite {
            let t = beta * x
            return t > 0 ? 1 : (t < 0 ? 0 : 0.5)
        }
        let t = Double(beta) * Double(x)
        let s = Self.logistic(t)
        return Float(s.value + t * s.slope)
    }

    /// ∂f/∂β, the gradient that trains β, with the chain rule's factor x but not f's own.
    public func betaGradient(_ x: Float) -> Float {
        if x.isInfinite {
            return beta == 0 ? .infinity : (beta.isNaN ? .nan : 0)
        }
        let d = Double(x)
        return Float(d * Self.logistic(Double(beta) * d).slope)
    }

    /// σ(t) and σ′(t), exponentiating only −|t|. NaN gives NaN in both.
    static func logistic(_ t: Double) -> (value: Double, slope: Double) {
        let e = exp(-abs(t))
        return (t >= 0 ? 1 / (1 + e) : e / (1 + e), e / ((1 + e) * (1 + e)))
    }
}
