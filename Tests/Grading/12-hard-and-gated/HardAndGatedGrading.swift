import Testing

/// Lesson 12: today's activations, the hardware-friendly piecewise ones (ReLU6, hard sigmoid,
/// hard swish) and the gated linear units of Transformer feed-forward layers (GLU, SwiGLU,
/// GEGLU). Nested suites in this folder's other files.
@Suite("Lesson 12 · Hard and gated activations")
struct HardAndGatedGrading {}
