import Testing

/// Lesson 01: identity, binary step and arctan. One nested suite per function, one file each.
@Suite("Lesson 01 · Warm-up")
struct WarmUpGrading {}
