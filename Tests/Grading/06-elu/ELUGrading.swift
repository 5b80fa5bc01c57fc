import Testing

/// Lesson 06: the exponential linear unit and its self-normalising scaled version.
@Suite("Lesson 06 · ELU and SELU")
struct ELUGrading {}
