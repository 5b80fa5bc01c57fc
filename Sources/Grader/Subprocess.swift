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
/// Built on `posix_spawn` because `Foundation.Process` can neither put the child in a new
/// process group nor reset the signal dispositions the grader changed for itself.
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
        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t?
        var attributes: posix_spawnattr_t?
        #else
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }

        let writeFlags = O_WRONLY | O_CREAT | O_TRUNC
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output.path, writeFlags, 0o644)
        if let errorOutput {
            posix_spawn_file_actions_addopen(&actions, 2, errorOutput.path, writeFlags, 0o644)
        } else {
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        }

        // A new process group led by the child; default handlers for the signals the grader
        // ignores for itself (ignored dispositions survive exec); nothing blocked.
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signalNumber in [SIGINT, SIGTERM, SIGPIPE] { sigaddset(&defaults, signalNumber) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        let flags = POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK
        posix_spawnattr_setflags(&attributes, Int16(flags))

        var variables = ProcessInfo.processInfo.environment
        variables.merge(environment) { _, new in new }
        // posix_spawn has no portable "start in this folder": a shell changes folder, then execs.
        let words = directory.map { ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", $0.path, executable] + arguments }
            ?? [executable] + arguments
        let argv = words.map { strdup($0) } + [nil]
        let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid = pid_t()
        let status = posix_spawnp(&pid, words[0], &actions, &attributes, argv, envp)
        guard status == 0 else {
            throw GradeError.failed("cannot run \(executable)\(directory.map { " in \($0.path)" } ?? ""): \(String(cString: strerror(status)))")
        }
        return pid
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
                throw GradeError.failed("lost track of \(executable): \(String(cString: strerror(errno)))")
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
