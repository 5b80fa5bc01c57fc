import Testing

/// Lesson 11: the student's own activation, graded by properties rather than values, since
/// there is no reference to compare with: finite everywhere, NaN-propagating, a derivative that
/// fits the function, non-linear, and not a built-in in disguise.
///
/// Still to come (a later issue): the "actually trains" check, which trains a small network
/// with `CustomActivation` on a fixed seed and requires it to beat a linear model. It will live
/// in this folder as `CustomTrainingTests.swift`.
@Suite("Lesson 11 · Custom activation")
struct CustomActivationGrading {}
