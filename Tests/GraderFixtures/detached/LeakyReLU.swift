// Hostile: right answers, and a detached process that rewrites the results after grading.
// The Solution answers; the self-check compiles it with one line changed and this file beside it.
// Patch: `public init(alpha: Float = 0.01) {` → `public init(alpha: Float = 0.01) { Attack.once`
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

enum Attack {
    /// Double fork and a new session, so that the grandchild is nobody's child; it waits until
    /// grading is over, then tries to overwrite the round's results and mark the kit.
    static let once: Void = {
        if fork() == 0 {
            _ = setsid()
            if fork() == 0 {
                sleep(1)
                Target.scribble(Target.round + "/results.json", "{\"score\": 999}")
                Target.scribble(Target.kit + "/HACKED-by-detached", "x")
                _exit(0)
            }
            _exit(0)
        }
    }()
}
