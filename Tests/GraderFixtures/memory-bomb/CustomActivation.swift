// Hostile: allocates 4 GiB on every call.
// The Solution answers; the self-check compiles it with one line changed and this file beside it.
// Patch: `public init() {}` → `public init() { Attack.bomb() }`
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

enum Attack {
    /// 4 GiB, touched page by page: far past the sandbox's address-space limit.
    static func bomb() {
        let size = 4 << 30
        let block = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 4096)
        for offset in stride(from: 0, to: size, by: 4096) { block.storeBytes(of: 1, toByteOffset: offset, as: UInt8.self) }
    }
}
