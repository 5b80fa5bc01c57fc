// Hostile: prints 16 MiB, then answers right.
// The Solution answers; the self-check compiles it with one line changed and this file beside it.
// Patch: `public init(weights: [Float], biases: [Float], activation: any Activation) {` → `public init(weights: [Float], biases: [Float], activation: any Activation) { Attack.once`
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

enum Attack {
    /// 8 MiB on standard output (print) and 8 MiB on standard error, then business as usual.
    static let once: Void = {
        let line = String(repeating: "spam ", count: 200)
        for _ in 0..<(8 << 20) / 1000 { print(line) }
        for _ in 0..<(8 << 20) / 1000 { fputs(line + "\n", stderr) }
    }()
}
