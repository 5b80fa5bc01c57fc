// Reference notes: Solutions/06-elu/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore
import Foundation

/// The scaled ELU: λx for x > 0 and λα(eˣ − 1) otherwise, with the self-normalising constants α ≈ 1.6733 and λ ≈ 1.0507.
///
/// α and λ (Klambauer et al., 2017) are irrational; they are kept in Double, and the whole
/// expression is evaluated in Double and rounded once, so the products λ·x and λ·α·expm1(x)
/// do not each add a Float rounding (see `ArcTan` in lesson 01). expm1 avoids the cancellation
/// of eˣ − 1 near 0 (see `ELU`). For x > 3.2e38, λx exceeds Float's range and the correctly
/// rounded result is +∞.
public struct SELU: Activation {
    private static let alpha = 1.6732632423543772848170429916717
    private static let lambda = 1.0507009873554804934193349852946

    public init() {}

    /// λx for x > 0, λα·expm1(x) for x ≤ 0; SELU(−∞) = −λα ≈ −1.7581, NaN stays NaN.
    public func callAsFunction(_ x: Float) -> Float {
        let d = Double(x)
        return Float(x > 0 ? Self.lambda * d : Self.lambda * Self.alpha * expm1(d))
    }

    /// λ for x > 0, λαeˣ for x ≤ 0 (so λα ≈ 1.7581 at the kink and 0 at −∞); NaN stays NaN.
    public func derivative(_ x: Float) -> Float {
        Float(x > 0 ? Self.lambda : Self.lambda * Self.alpha * exp(Double(x)))
    }
}
