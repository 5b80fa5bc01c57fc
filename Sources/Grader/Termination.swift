#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// How a child process ended.
public enum Termination: Equatable, Sendable {
    /// It exited by itself with this status.
    case exited(Int32)
    /// A signal killed it: a trap (`fatalError`, an index out of range, an overflow) is SIGILL
    /// or SIGTRAP depending on the platform.
    case signaled(Int32)
    /// It ran past its time limit (in seconds) and the grader killed its process group.
    case timedOut(Double)

    /// Decodes a `waitpid` status (the C macros `WIFEXITED` & co. are not visible to Swift).
    public init(waitStatus status: Int32) {
        let signal = status & 0x7f
        self = signal == 0 ? .exited((status >> 8) & 0xff) : .signaled(signal)
    }

    /// `SIGILL` for 4 on Linux: the names students meet when their code traps or is killed.
    public static func signalName(_ signal: Int32) -> String? {
        switch signal {
        case SIGILL: "SIGILL"
        case SIGTRAP: "SIGTRAP"
        case SIGABRT: "SIGABRT"
        case SIGFPE: "SIGFPE"
        case SIGBUS: "SIGBUS"
        case SIGSEGV: "SIGSEGV"
        case SIGKILL: "SIGKILL"
        case SIGTERM: "SIGTERM"
        case SIGINT: "SIGINT"
        default: nil
        }
    }
}
