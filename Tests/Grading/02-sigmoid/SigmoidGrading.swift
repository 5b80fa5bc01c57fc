import Testing

/// Lesson 02: the logistic sigmoid. The checks live in the nested suites of this folder's other
/// files, one concern per file.
@Suite("Lesson 02 · Sigmoid")
struct SigmoidGrading {}
