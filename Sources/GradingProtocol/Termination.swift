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

    /// `crashed (signal 4: SIGILL)`, `exited early with status 0`, `timed out after 5 s`.
    public var summary: String {
        switch self {
        case .exited(let status): "exited early with status \(status)"
        case .signaled(let signal):
            "crashed (signal \(signal)\(Termination.signalName(signal).map { ": \($0)" } ?? ""))"
        case .timedOut(let seconds):
            "timed out after \(seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)) s"
        }
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
        case SIGXCPU: "SIGXCPU, out of CPU time"
        case SIGXFSZ: "SIGXFSZ, a file grew past the size limit"
        default: nil
        }
    }
}
