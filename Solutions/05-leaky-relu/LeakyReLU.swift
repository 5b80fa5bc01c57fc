// Reference notes: Solutions/05-leaky-relu/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore

/// The leaky ReLU: x for x > 0 and αx otherwise, with a fixed small slope α.
///
/// Both results are a single correctly rounded Float operation (αx) or exact, so the function
/// is correctly rounded everywhere, including the tail αx → −∞ as x → −∞. NaN propagates by
/// itself here: `x > 0` is false for NaN, so the second branch computes α · NaN = NaN. At the
/// kink x = 0 the derivative is the left one, α.
public struct LeakyReLU: Activation {
    /// The slope for x ≤ 0.
    public let alpha: Float

    public init(alpha: Float = 0.01) {
        self.alpha = alpha
    }

    /// x for x > 0, αx for x ≤ 0.
    public func callAsFunction(_ x: Float) -> Float {
        x > 0 ? x : alpha * x
    }

    /// 1 for x > 0, α for x ≤ 0 (the left derivative at the kink); NaN stays NaN.
    public func derivative(_ x: Float) -> Float {
        if x.isNaN { return x }
        return x > 0 ? 1 : alpha
    }
}
