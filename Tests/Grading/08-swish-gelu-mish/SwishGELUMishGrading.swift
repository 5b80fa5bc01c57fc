import Testing

/// Lesson 08: the smooth, self-gated activations Swish (SiLU), GELU and Mish.
@Suite("Lesson 08 · Swish, GELU and Mish")
struct SwishGELUMishGrading {}
