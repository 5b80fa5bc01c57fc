import CommandKit
import Dispatch
import Foundation
import GradingProtocol
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A child process run the way the grader needs every child run: in its own process group, its
/// output in a file, stdin from /dev/null, and under a time limit after which the whole group is
/// killed, so that neither a student's infinite loop nor anything it spawned outlives it.
///
/// Started through `Spawn` (GradingProtocol), the one place that knows how the kit's children
/// are started.
public struct Subprocess: Sendable {
    public var executable: String
    public var arguments: [String]
    /// Variables set on top of the grader's own environment.
    public var environment: [String: String]
    /// Where stdout (and stderr, unless `errorOutput` is set) goes.
    public var output: URL
    public var errorOutput: URL?
    /// Seconds before the process group is killed; nil waits for ever.
    public var timeout: Double?

    public init(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
                output: URL, errorOutput: URL? = nil, timeout: Double?) {
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
        self.output = output
        self.errorOutput = errorOutput
        self.timeout = timeout
    }

    /// Runs the process to completion (or to its time limit) and says how it ended. `executable`
    /// is looked up on PATH when it contains no slash.
    /// `directory` is the child's working directory (the grader's own when nil).
    public func run(in directory: URL? = nil) throws -> Termination {
        try runMeasured(in: directory).termination
    }

    /// `run`, also returning the peak resident memory of the child and the descendants it
    /// waited for, in MiB (from `wait4`'s resource usage).
    public func runMeasured(in directory: URL? = nil) throws -> (termination: Termination, peakMiB: Double?) {
        let group = try spawn(in: directory)
        RunningChildren.shared.insert(group)
        defer { RunningChildren.shared.remove(group) }
        let (termination, peak) = try wait(for: group)
        // Whatever the child left behind in its group goes with it.
        _ = killpg(group, SIGKILL)
        return (termination, peak)
    }

    private func spawn(in directory: URL?) throws -> pid_t {
        var variables = ProcessInfo.processInfo.environment
        variables.merge(environment) { _, new in new }
        // posix_spawn has no portable "start in this folder": a shell changes folder, then execs.
        let words = directory.map { ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", $0.path, executable] + arguments }
            ?? [executable] + arguments
        let writeFlags = O_WRONLY | O_CREAT | O_TRUNC
        let started = Spawn.start(words, environment: variables.map { "\($0.key)=\($0.value)" }, searchingPath: true) { actions in
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, output.path, writeFlags, 0o644)
            if let errorOutput {
                posix_spawn_file_actions_addopen(&actions, 2, errorOutput.path, writeFlags, 0o644)
            } else {
                posix_spawn_file_actions_adddup2(&actions, 1, 2)
            }
        }
        switch started {
        case .success(let pid): return pid
        case .failure(let error):
            throw CommandError.failed("cannot run \(executable)\(directory.map { " in \($0.path)" } ?? ""): \(error)")
        }
    }

    /// Polls for the child's end, because a blocking `waitpid` could not notice the deadline.
    /// The poll interval grows from 5 ms to 50 ms: short runs answer quickly, long builds cost
    /// nothing.
    private func wait(for pid: pid_t) throws -> (Termination, Double?) {
        let clock = ContinuousClock()
        let deadline = timeout.map { clock.now.advanced(by: .milliseconds(Int64($0 * 1000))) }
        var interval: UInt32 = 5_000
        var status: Int32 = 0
        while true {
            var usage = rusage()
            let reaped = wait4(pid, &status, WNOHANG, &usage)
            if reaped == pid {
                // ru_maxrss is in KiB on Linux, bytes on macOS.
                #if canImport(Darwin)
                let mebibytes = Double(usage.ru_maxrss) / 1_048_576
                #else
                let mebibytes = Double(usage.ru_maxrss) / 1024
                #endif
                return (Termination(waitStatus: status), mebibytes)
            }
            if reaped == -1 && errno != EINTR {
                throw CommandError.failed("lost track of \(executable): \(String(cString: strerror(errno)))")
            }
            if let deadline, clock.now >= deadline, let timeout {
                _ = killpg(pid, SIGKILL)
                while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
                return (.timedOut(timeout), nil)
            }
            usleep(interval)
            interval = min(interval * 2, 50_000)
        }
    }
}

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

/// Turns Ctrl-C (and SIGTERM) into a clean exit: kill the children's process groups and every
/// other descendant (a submission's leftovers), leave a one-line note, exit with 128 + the
/// signal number, as a shell would report it.
public final class InterruptHandler {
    private let sources: [any DispatchSourceSignal]

    /// Installs the handler; keep the returned value alive for as long as the grader runs.
    public static func install() -> InterruptHandler {
        InterruptHandler(signals: [SIGINT, SIGTERM])
    }

    private init(signals: [Int32]) {
        sources = signals.map { signalNumber in
            // Dispatch can only see a signal that the default action no longer handles.
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                RunningChildren.shared.killAll()
                ProcessSweeper.sweep()
                FileHandle.standardError.write(Data("\ngrade: stopped.\n".utf8))
                exit(128 + signalNumber)
            }
            source.resume()
            return source
        }
    }
}

