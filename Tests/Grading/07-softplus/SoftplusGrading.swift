import Testing

/// Lesson 07: softplus, the smooth ReLU whose derivative is the sigmoid.
@Suite("Lesson 07 · Softplus")
struct SoftplusGrading {}
