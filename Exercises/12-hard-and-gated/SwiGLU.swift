// Lesson: Exercises/12-hard-and-gated/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore

/// SwiGLU(a, b) = Swish(a) · b, with Swish(a) = a · σ(a) (β = 1). The **first** input is the
/// one inside Swish (Shazeer 2020 and LLaMA's order).
///
/// Read this lesson's README.md, then replace each `unimplemented()` with your code.
public struct SwiGLU: GatedActivation {
    public init() {}

    /// f(a, b)
    public func callAsFunction(_ a: Float, _ b: Float) -> Float {
        unimplemented()
    }

    /// (∂f/∂a, ∂f/∂b) at (a, b).
    public func gradients(_ a: Float, _ b: Float) -> (a: Float, b: Float) {
        (unimplemented(), unimplemented())
    }
}
