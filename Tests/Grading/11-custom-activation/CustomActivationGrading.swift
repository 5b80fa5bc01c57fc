import Testing

/// Lesson 11: the student's own activation, graded by properties rather than values, since
/// there is no reference to compare with: finite everywhere, NaN-propagating, a derivative that
/// fits the function, non-linear, and not a built-in in disguise.
///
/// The "actually trains" check, which trains a small network
/// with `CustomActivation` on a fixed seed and requires it to learn a non-linear data set, lives
/// in `CustomTrainingTests.swift`.
@Suite("Lesson 11 · Custom activation")
struct CustomActivationGrading {}
