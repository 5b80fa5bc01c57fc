import Foundation

/// The seed of every random-point check, read from the environment variable `GRADE_SEED` so an
/// instructor can grade on inputs nobody has seen; without it the checks use a fixed default,
/// so repeated runs agree. Failure messages of random checks name the seed they used.
public enum GradeSeed {
    /// The seed used when `GRADE_SEED` is not set.
    public static let defaultValue: UInt64 = 2026

    /// The seed, or nil after recording in `check` why `GRADE_SEED` cannot be used (a random
    /// check must not silently fall back to other points than the instructor asked for).
    public static func current(for check: inout Check) -> UInt64? {
        guard let text = ProcessInfo.processInfo.environment["GRADE_SEED"], !text.isEmpty else {
            return defaultValue
        }
        guard let seed = UInt64(text.trimmingCharacters(in: .whitespaces)) else {
            check.fail("GRADE_SEED=\(text) is not a whole number",
                       hint: "set GRADE_SEED to a non-negative integer such as 2026, or unset it")
            return nil
        }
        return seed
    }
}
