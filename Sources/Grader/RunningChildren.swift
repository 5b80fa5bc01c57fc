import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The process groups of the children running right now, so that Ctrl-C can take them down too.
///
/// Every child leads its own process group (so a timeout can kill a test binary together with
/// anything it started), which also means the terminal's Ctrl-C no longer reaches it: the grader
/// must forward it.
public final class RunningChildren: @unchecked Sendable {
    public static let shared = RunningChildren()

    private let lock = NSLock()
    private var groups: Set<pid_t> = []

    func insert(_ group: pid_t) {
        lock.lock()
        defer { lock.unlock() }
        groups.insert(group)
    }

    func remove(_ group: pid_t) {
        lock.lock()
        defer { lock.unlock() }
        groups.remove(group)
    }

    /// Sends SIGKILL to every running child's whole process group.
    public func killAll() {
        lock.lock()
        defer { lock.unlock() }
        for group in groups { _ = killpg(group, SIGKILL) }
    }
}
