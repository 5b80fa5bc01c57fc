import Testing

/// Lesson 03: the hyperbolic tangent. Nested suites in this folder's other files.
@Suite("Lesson 03 · Tanh")
struct TanhGrading {}
