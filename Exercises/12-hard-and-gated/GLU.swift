// Lesson: Exercises/12-hard-and-gated/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md

import ActivationCore

/// The gated linear unit, GLU(a, b) = a · σ(b): the value a, let through by the gate σ(b).
/// The **second** input is the one inside σ (PyTorch's `F.glu` order).
///
/// Read this lesson's README.md, then replace each `unimplemented()` with your code.
public struct GLU: GatedActivation {
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
