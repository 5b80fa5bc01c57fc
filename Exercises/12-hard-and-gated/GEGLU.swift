// Lesson: Exercises/12-hard-and-gated/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore

/// GEGLU(a, b) = GELU(a) · b, with the exact GELU(a) = a · Φ(a) of lesson 08. The **first**
/// input is the one inside GELU.
///
/// Read this lesson's README.md, then replace each `unimplemented()` with your code.
public struct GEGLU: GatedActivation {
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
