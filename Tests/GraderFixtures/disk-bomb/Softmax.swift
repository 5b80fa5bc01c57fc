// Hostile: writes a 256 MiB file before answering.
// The Solution answers; the self-check compiles it with one line changed and this file beside it.
// Patch: `let terms = ShiftedExponentials(logits)` → `Attack.once; let terms = ShiftedExponentials(logits)`
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

enum Attack {
    /// 256 MiB into one file in the working folder, 1 MiB at a time: past the file-size limit.
    static let once: Void = {
        let fd = open("bomb.bin", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let chunk = [UInt8](repeating: 7, count: 1 << 20)
        for _ in 0..<256 { _ = chunk.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) } }
        close(fd)
    }()
}
