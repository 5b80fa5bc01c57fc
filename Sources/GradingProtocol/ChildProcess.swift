#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A child process connected by three pipes: its standard input, output and error.
///
/// The checks use it to talk to a submission's driver, so it is built to survive anything on
/// the other side: every pipe end the parent keeps is close-on-exec (no other child inherits a
/// way into the conversation), reads wait with a deadline, and `kill` takes down the child's
/// whole process group. It uses `posix_spawn` because `Foundation.Process` can neither give
/// the child a process group of its own nor reset the signal dispositions the parent changed.
public final class ChildProcess: @unchecked Sendable {
    public let pid: pid_t
    /// Write end of the child's standard input.
    public let input: Int32
    /// Read end of the child's standard output.
    public let output: Int32
    /// Read end of the child's standard error.
    public let errors: Int32
    private var status: Int32?

    /// What went wrong starting a child.
    public struct SpawnError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Starts `arguments[0]` (a path) with `arguments[1...]`, in a process group of its own.
    public init(_ arguments: [String], environment: [String]) throws(SpawnError) {
        guard let executable = arguments.first else { throw SpawnError(description: "no command to run") }
        var pipes: [(read: Int32, write: Int32)] = []
        for _ in 0..<3 {
            var ends: [Int32] = [-1, -1]
            guard pipe(&ends) == 0 else {
                for p in pipes { close(p.read); close(p.write) }
                throw SpawnError(description: "pipe: \(String(cString: strerror(errno)))")
            }
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
            pipes.append((ends[0], ends[1]))
        }
        // dup2 clears close-on-exec on the copies 0, 1 and 2; the originals close at exec.
        let result = Spawn.start(arguments, environment: environment, searchingPath: false) { actions in
            posix_spawn_file_actions_adddup2(&actions, pipes[0].read, 0)
            posix_spawn_file_actions_adddup2(&actions, pipes[1].write, 1)
            posix_spawn_file_actions_adddup2(&actions, pipes[2].write, 2)
        }
        close(pipes[0].read)
        close(pipes[1].write)
        close(pipes[2].write)
        guard case .success(let child) = result else {
            close(pipes[0].write)
            close(pipes[1].read)
            close(pipes[2].read)
            if case .failure(let error) = result { throw SpawnError(description: "cannot run \(executable): \(error)") }
            throw SpawnError(description: "cannot run \(executable)")
        }
        pid = child
        input = pipes[0].write
        output = pipes[1].read
        errors = pipes[2].read
    }

    deinit {
        kill()
        _ = waitForExit()
        close(input)
        close(output)
        close(errors)
    }

    /// Writes all of `bytes` to the child's standard input; false once the child has closed it.
    /// (The caller ignores SIGPIPE, so a dead reader is an error here, not the end of the caller.)
    public func send(_ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let wrote = bytes.withUnsafeBytes { write(input, $0.baseAddress! + sent, bytes.count - sent) }
            if wrote > 0 { sent += wrote } else if wrote < 0 && errno == EINTR { continue } else { return false }
        }
        return true
    }

    /// How reading from the child ended when it did not deliver.
    public enum ReadFailure: Error, Equatable {
        /// Its standard output closed (it exited, or closed the pipe).
        case closed
        /// The deadline passed first.
        case timedOut
        /// The child ended while its output was still held open by something it started.
        case exited
    }

    /// Reads exactly `count` bytes of standard output before `deadline` (seconds on the
    /// monotonic clock, see `now`). Polls in short slices so that a child that died while a
    /// process it left behind still holds the pipe open is noticed within milliseconds.
    public func read(_ count: Int, before deadline: Double) throws(ReadFailure) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let left = deadline - Self.now()
            if left <= 0 { throw .timedOut }
            var descriptor = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(min(left * 1000, 20).rounded(.up)))
            if ready < 0 && errno != EINTR { throw .closed }
            if ready <= 0 {
                if hasExited { throw .exited }
                continue
            }
            let got = buffer.withUnsafeMutableBytes { systemRead(output, $0.baseAddress! + filled, count - filled) }
            if got > 0 { filled += got } else if got < 0 && errno == EINTR { continue } else { throw .closed }
        }
        return buffer
    }

    /// Whether the child has ended (reaping it if so).
    public var hasExited: Bool {
        if status != nil { return true }
        var raw: Int32 = 0
        if waitpid(pid, &raw, WNOHANG) == pid { status = raw }
        return status != nil
    }

    /// Kills the child and its process group (whatever it started that stayed in the group).
    public func kill() {
        if status == nil { _ = systemKill(pid, SIGKILL) }
        _ = killpg(pid, SIGKILL)
    }

    /// Waits for the child to end and says how; call `kill` first unless it is ending anyway.
    public func waitForExit() -> Termination {
        if let status { return Termination(waitStatus: status) }
        var raw: Int32 = 0
        while waitpid(pid, &raw, 0) == -1 {
            if errno != EINTR { return .signaled(SIGKILL) }
        }
        status = raw
        return Termination(waitStatus: raw)
    }

    /// Seconds on a monotonic clock.
    public static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// `posix_spawn` the way every child of the grader and the checks is started: in a process
/// group of its own (so that it and whatever it starts can be killed together), with default
/// handlers for the signals the parent ignores for itself (ignored dispositions survive exec)
/// and nothing blocked. `fileActions` says where its descriptors 0, 1 and 2 come from.
/// `posix_spawn` rather than `Foundation.Process`, which can do neither.
public enum Spawn {
    #if canImport(Darwin)
    public typealias FileActions = posix_spawn_file_actions_t?
    #else
    public typealias FileActions = posix_spawn_file_actions_t
    #endif

    /// What went wrong, as `strerror` words it.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Starts `words[0]` (looked up on PATH when `searchingPath`) with `words[1...]`.
    public static func start(_ words: [String], environment: [String], searchingPath: Bool,
                             fileActions: (inout FileActions) -> Void) -> Result<pid_t, Failure> {
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
        fileActions(&actions)
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signalNumber in [SIGINT, SIGTERM, SIGPIPE, SIGCHLD] { sigaddset(&defaults, signalNumber) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let argv = words.map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid = pid_t()
        let status = searchingPath ? posix_spawnp(&pid, words[0], &actions, &attributes, argv, envp)
                                   : posix_spawn(&pid, words[0], &actions, &attributes, argv, envp)
        return status == 0 ? .success(pid) : .failure(Failure(description: String(cString: strerror(status))))
    }
}

/// The C functions that `ChildProcess`'s methods of the same names hide inside the class.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

private func systemKill(_ process: pid_t, _ signalNumber: Int32) -> Int32 {
    kill(process, signalNumber)
}
