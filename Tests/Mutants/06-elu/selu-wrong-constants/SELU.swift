// Mistake: SELU's constants rounded to λ = 1.05 and α = 1.67 instead of 1.0507009873554804934 and 1.6732632423543772848.
import ActivationCore
import Foundation

public struct SELU: Activation {
    static let alpha: Float = 1.67
    static let lambda: Float = 1.05

    public init() {}

    public func callAsFunction(_ x: Float) -> Float {
        x > 0 ? Self.lambda * x : Self.lambda * Self.alpha * expm1(x)
    }

    public func derivative(_ x: Float) -> Float {
        x > 0 ? Self.lambda : Self.lambda * Self.alpha * exp(x)
    }
}
