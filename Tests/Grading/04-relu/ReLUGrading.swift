import Testing

/// Lesson 04: the rectified linear unit. Nested suites in this folder's other files.
@Suite("Lesson 04 · ReLU")
struct ReLUGrading {}
