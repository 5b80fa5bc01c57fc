// Hostile: right answers, and writes into the kit.
// The Solution answers; the self-check compiles it with one line changed and this file beside it.
// Patch: `public init(alpha: Float = 1) {` → `public init(alpha: Float = 1) { Attack.once`
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

enum Attack {
    /// Marks the kit, appends to its manifest and a grading suite, and edits the Solution.
    static let once: Void = {
        Target.scribble(Target.kit + "/HACKED-by-writes-kit", "x")
        Target.scribble(Target.kit + "/Package.swift", "\n// hacked\n", append: true)
        Target.scribble(Target.kit + "/Tests/Grading/06-elu/ELUGrading.swift", "\n// hacked\n", append: true)
        Target.scribble(Target.kit + "/Solutions/06-elu/ELU.swift", "// hacked\n")
        Target.scribble(Target.round + "/results.json", "{\"score\": 999}")
        Target.scribble("own-scratch-file", "a sandbox may write in its own folder")
    }()
}
