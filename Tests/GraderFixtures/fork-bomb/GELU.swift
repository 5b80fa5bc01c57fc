// Hostile: right answers after a bounded fork bomb.
// The Solution answers; the self-check compiles it with one line changed and this file beside it.
// Patch: `public init() {}` → `public init() { Attack.once }`
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

enum Attack {
    /// 300 forks whose children sleep for a minute: the process limit stops most of them, and
    /// those that start must not survive grading.
    static let once: Void = {
        for _ in 0..<300 {
            if fork() == 0 {
                sleep(60)
                _exit(0)
            }
        }
    }()
}
