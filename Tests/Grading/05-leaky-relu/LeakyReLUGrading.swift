import Testing

/// Lesson 05: the leaky ReLU (fixed slope α) and the parametric ReLU (learned α).
@Suite("Lesson 05 · Leaky ReLU and PReLU")
struct LeakyReLUGrading {}
