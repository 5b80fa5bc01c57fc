// Mistake: Φ(x) = (1 + erf(x/√2))/2, which cancels for negative x (erf → −1) and gives 0 in GELU's left tail.
import ActivationCore
import Foundation

public struct GELU: Activation {
    static let rootTwo = Float(2).squareRoot()
    static let rootTwoPi = (2 * Float.pi).squareRoot()

    public init() {}

    public func callAsFunction(_ x: Float) -> Float {
        x == -.infinity ? 0 : 0.5 * x * (1 + erf(x / Self.rootTwo))
    }

    public func derivative(_ x: Float) -> Float {
        if x.isInfinite { return x > 0 ? 1 : 0 }
        let phi = exp(-x * x / 2) / Self.rootTwoPi
        return 0.5 * (1 + erf(x / Self.rootTwo)) + x * phi
    }
}
