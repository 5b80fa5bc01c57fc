import Testing

/// Lesson 10: backpropagation through a chain of one-unit layers, and why deep sigmoid chains
/// stop learning. The chains here use activations defined in this test module (checked in
/// Double), never the student's other lessons, so this lesson is graded on its own.
@Suite("Lesson 10 · Vanishing gradients")
struct VanishingGradientsGrading {}
