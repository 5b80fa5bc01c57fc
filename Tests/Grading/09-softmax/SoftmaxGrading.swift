import Testing

/// Lesson 09: softmax, log-softmax, the softmax Jacobian and cross-entropy.
@Suite("Lesson 09 · Softmax and cross-entropy")
struct SoftmaxGrading {}
