import CommandKit
import Foundation
import GradingProtocol
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// How a submission's driver is confined: who it runs as, what it may use, what it may see.
///
/// The checks start the driver through the launcher (`grade sandbox-exec`, see
/// `SandboxLauncher`), which applies the policy and then becomes the driver, inside a
/// bubblewrap sandbox when one works here. The policy is decided once per grading run
/// (`probe`) and travels to the checks as the launcher's command line.
public struct SandboxPolicy: Equatable, Sendable {
    /// The user and group the driver runs as when the grader is root; nil keeps the grader's.
    public var user: (uid: UInt32, gid: UInt32)?
    /// bubblewrap's path when it is used.
    public var bubblewrap: String?
    /// Paths the driver must not see (the kit, the grading work, the class's submissions):
    /// each is covered with an empty tmpfs inside bubblewrap, and made unreadable otherwise.
    public var hidden: [String]
    public var limits: Limits

    /// Resource limits, applied with setrlimit before the driver starts.
    public struct Limits: Equatable, Sendable {
        /// CPU seconds of one driver process (SIGXCPU past it).
        public var cpuSeconds: Int = 60
        /// Address space, bytes: a memory bomb fails to allocate and traps.
        public var memoryBytes: Int = 1 << 30
        /// Largest file it may write, bytes (SIGXFSZ past it).
        public var fileBytes: Int = 64 << 20
        /// Open file descriptors.
        public var openFiles: Int = 64
        /// Processes of its user (a fork bomb's ceiling; only enforced for a non-root user).
        public var processes: Int = 32

        public init() {}
    }

    public init(user: (uid: UInt32, gid: UInt32)?, bubblewrap: String?, hidden: [String], limits: Limits = Limits()) {
        self.user = user
        self.bubblewrap = bubblewrap
        self.hidden = hidden
        self.limits = limits
    }

    public static func == (a: SandboxPolicy, b: SandboxPolicy) -> Bool {
        a.user?.uid == b.user?.uid && a.user?.gid == b.user?.gid && a.bubblewrap == b.bubblewrap
            && a.hidden == b.hidden && a.limits == b.limits
    }

    /// The first of the unprivileged uids the sandboxes run as: each lesson's sandbox gets its
    /// own (`forLesson`), and each concurrent class worker its own block of twenty
    /// (`baseUser(slot:)`), so that one submission's processes can neither signal another's nor
    /// use up its process limit (RLIMIT_NPROC counts per user). 65400–65499 lie in the range
    /// Debian and Ubuntu reserve and never give to a user; no account needs to exist.
    public static func baseUser(slot: Int) -> (uid: UInt32, gid: UInt32) {
        let uid = 65400 + 20 * UInt32(slot % 5)
        return (uid, uid)
    }

    /// This policy for lesson `number`'s sandbox: the base uid plus the lesson's number.
    public func forLesson(_ number: Int) -> SandboxPolicy {
        var policy = self
        if let user { policy.user = (user.uid + UInt32(number % 20), user.gid + UInt32(number % 20)) }
        return policy
    }

    /// The strongest policy that works on this machine: as root, an unprivileged user (`user`,
    /// by default nobody); bubblewrap when it is installed and can start a sandbox here (a
    /// container may forbid the namespaces it needs). Tried for real, with `/bin/true`.
    public static func probe(launcher: String, home: URL, hidden: [String],
                             user: (uid: UInt32, gid: UInt32) = baseUser(slot: 0), limits: Limits = Limits()) -> SandboxPolicy {
        let asUser = geteuid() == 0 ? user : nil
        let plain = SandboxPolicy(user: asUser, bubblewrap: nil, hidden: hidden, limits: limits)
        #if os(Linux)
        for candidate in ["/usr/bin/bwrap", "/bin/bwrap", "/usr/local/bin/bwrap"]
        where FileManager.default.isExecutableFile(atPath: candidate) {
            var sandboxed = plain
            sandboxed.bubblewrap = candidate
            if sandboxed.works(launcher: launcher, home: home) { return sandboxed }
            break
        }
        #endif
        return plain
    }

    /// Whether the launcher can start `/bin/true` under this policy.
    func works(launcher: String, home: URL) -> Bool {
        guard (try? SandboxHome.prepare(home, for: self)) != nil else { return false }
        defer { try? FileManager.default.removeItem(at: home) }
        let truth = ["/bin/true", "/usr/bin/true"].first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/bin/true"
        guard let child = try? ChildProcess(command(launcher: launcher, home: home, program: truth),
                                            environment: []) else { return false }
        close(child.input)
        return child.waitForExit() == .exited(0)
    }

    /// The launcher's command line that runs `program` (a path inside `home`) under this policy.
    public func command(launcher: String, home: URL, program: String) -> [String] {
        var words = [launcher, "sandbox-exec", "--home", home.path,
                     "--cpu", String(limits.cpuSeconds), "--memory", String(limits.memoryBytes),
                     "--file-size", String(limits.fileBytes), "--open-files", String(limits.openFiles),
                     "--processes", String(limits.processes)]
        if let user { words += ["--uid", String(user.uid), "--gid", String(user.gid)] }
        if let bubblewrap { words += ["--bwrap", bubblewrap] }
        for path in hidden { words += ["--hide", path] }
        return words + ["--", program]
    }

    /// What the report says about isolation, plainly (in English: logs, `grade prepare`, the
    /// self-check).
    public var summary: String { summary(in: .english) }

    /// The same in a student's language: the last line of every report.
    public func summary(in language: Language) -> String { language.phrases.isolation(self) }
}

/// The private folder a driver runs in when bubblewrap is not there to give it a fresh /tmp:
/// created empty, owned by the sandbox user, readable by nobody else.
enum SandboxHome {
    static func prepare(_ home: URL, for policy: SandboxPolicy) throws {
        let manager = FileManager.default
        try? manager.removeItem(at: home)
        // The parent only needs to be passable, not listable, for the sandbox user.
        try manager.createDirectory(at: home.deletingLastPathComponent(), withIntermediateDirectories: true,
                                    attributes: [.posixPermissions: 0o711])
        try manager.createDirectory(at: home, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        if let user = policy.user {
            guard chown(home.path, user.uid, user.gid) == 0 else {
                throw CommandError.failed("cannot hand \(home.path) to uid \(user.uid): \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Copies the driver into `home`, executable by the sandbox user only.
    ///
    /// The copy is written through a close-on-exec descriptor: lessons are graded side by side,
    /// and a child another thread starts meanwhile must not inherit a write descriptor to this
    /// file, or executing it fails with "Text file busy" for as long as that child lives.
    static func install(driver: URL, in home: URL, for policy: SandboxPolicy) throws -> URL {
        let target = home.appendingPathComponent("driver")
        try? FileManager.default.removeItem(at: target)
        let bytes = try Data(contentsOf: driver)
        let descriptor = open(target.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o700)
        guard descriptor >= 0 else {
            throw CommandError.failed("cannot write \(target.path): \(String(cString: strerror(errno)))")
        }
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress!, $0.count) }
        close(descriptor)
        guard written == bytes.count else { throw CommandError.failed("cannot write \(target.path)") }
        chmod(target.path, 0o500)
        if let user = policy.user { _ = chown(target.path, user.uid, user.gid) }
        return target
    }
}

/// `grade sandbox-exec`: applies a `SandboxPolicy` to itself, then becomes the program.
///
/// It runs between the checks and the driver: the checks start it with the three pipes of the
/// conversation, it sets the resource limits, drops root for the sandbox user, empties the
/// environment and executes bubblewrap (which then executes the driver in a fresh namespace
/// that dies with it) or the driver itself. Nothing here allocates after the limits are set
/// beyond building the argument vector, and nothing of the grader stays in the process.
public enum SandboxLauncher {
    public static func run(_ arguments: [String]) -> Never {
        var words = arguments[...]
        var options: [String: [String]] = [:]
        while let word = words.popFirst(), word != "--" {
            guard word.hasPrefix("--"), let value = words.popFirst() else { fail("bad argument \(word)") }
            options[String(word.dropFirst(2)), default: []].append(value)
        }
        let program = Array(words)
        guard !program.isEmpty, let home = options["home"]?.last else { fail("usage: grade sandbox-exec --home DIR [options] -- PROGRAM") }
        func number(_ key: String) -> Int? { options[key]?.last.flatMap { Int($0) } }

        // Nothing but the three pipes of the conversation goes along: a descriptor the checks
        // or the grader held open (the event stream, a log) would be a way to forge a result.
        closeDescriptorsAboveStandardError()

        setLimit(.cpu, number("cpu"))
        setLimit(.memory, number("memory"))
        setLimit(.fileSize, number("file-size"))
        setLimit(.openFiles, number("open-files"))
        setLimit(.processes, number("processes"))
        setLimit(.coreDump, 0)

        if let uid = number("uid"), let gid = number("gid"), geteuid() == 0 {
            guard setgroups(0, nil) == 0, setgid(gid_t(gid)) == 0, setuid(uid_t(uid)) == 0,
                  getuid() == uid_t(uid), geteuid() == uid_t(uid) else { fail("cannot switch to uid \(uid)") }
        }
        let environment = ["PATH=/usr/bin:/bin", "LANG=C.UTF-8", "HOME=\(home)", "TMPDIR=/tmp",
                           // The runtime's backtracer can spend seconds symbolicating a crash.
                           "SWIFT_BACKTRACE=enable=no"]
        var argv: [String]
        if let bubblewrap = options["bwrap"]?.last {
            let inside = "/tmp/grading/\(URL(fileURLWithPath: program[0]).lastPathComponent)"
            argv = [bubblewrap, "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc", "--tmpfs", "/tmp"]
            for path in covering(options["hide"] ?? []) { argv += ["--tmpfs", path] }
            argv += ["--ro-bind", program[0], inside, "--dir", "/tmp/work", "--chdir", "/tmp/work",
                     "--setenv", "HOME", "/tmp/work",
                     // No --die-with-parent: its parent-death signal fires when the *thread* that
                     // started the sandbox exits, and the checks start drivers from pool threads
                     // that the runtime retires after a few idle seconds, which killed long
                     // checks mid-answer. A driver still cannot outlive its grading: it exits
                     // when its pipes close, and the grader, a child subreaper, sweeps every
                     // descendant before it writes results.
                     "--unshare-all", "--new-session", "--", inside] + program.dropFirst()
        } else {
            guard chdir(home) == 0 else { fail("cannot enter \(home)") }
            argv = program
        }
        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = environment.map { strdup($0) } + [nil]
        execve(argv[0], cArguments, cEnvironment)
        fail("cannot run \(argv[0]): \(String(cString: strerror(errno)))")
    }

    /// Closes every open file descriptor above 2: those listed in /proc/self/fd on Linux (a
    /// container's descriptor limit can be a million), every one below the limit elsewhere.
    static func closeDescriptorsAboveStandardError() {
        #if os(Linux)
        if let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd") {
            for descriptor in names.compactMap({ Int32($0) }) where descriptor > 2 { close(descriptor) }
            return
        }
        #endif
        let limit = min(Int32(getdtablesize()), 65536)
        for descriptor in 3..<max(limit, 3) { close(descriptor) }
    }

    /// The hidden paths, without those inside another hidden path (already covered).
    static func covering(_ paths: [String]) -> [String] {
        let normalised = Set(paths.map { $0.hasSuffix("/") && $0.count > 1 ? String($0.dropLast()) : $0 })
        return normalised.filter { path in
            !normalised.contains { other in other != path && path.hasPrefix(other + "/") }
        }.filter { FileManager.default.fileExists(atPath: $0) }.sorted()
    }

    enum Resource { case cpu, memory, fileSize, openFiles, processes, coreDump }

    private static func setLimit(_ resource: Resource, _ value: Int?) {
        guard let value else { return }
        var limit = rlimit(rlim_cur: rlim_t(value), rlim_max: rlim_t(value))
        #if os(Linux)
        let which: __rlimit_resource_t
        switch resource {
        case .cpu: which = __rlimit_resource_t(RLIMIT_CPU.rawValue)
        case .memory: which = __rlimit_resource_t(RLIMIT_AS.rawValue)
        case .fileSize: which = __rlimit_resource_t(RLIMIT_FSIZE.rawValue)
        case .openFiles: which = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
        case .processes: which = __rlimit_resource_t(__RLIMIT_NPROC.rawValue)
        case .coreDump: which = __rlimit_resource_t(RLIMIT_CORE.rawValue)
        }
        #else
        let which: Int32
        switch resource {
        case .cpu: which = RLIMIT_CPU
        case .memory: which = RLIMIT_AS
        case .fileSize: which = RLIMIT_FSIZE
        case .openFiles: which = RLIMIT_NOFILE
        case .processes: which = RLIMIT_NPROC
        case .coreDump: which = RLIMIT_CORE
        }
        #endif
        if setrlimit(which, &limit) != 0 {
            #if canImport(Darwin)
            // macOS refuses some limits it does not enforce anyway (RLIMIT_AS among them).
            return
            #else
            fail("cannot set the \(resource) limit")
            #endif
        }
    }

    private static func fail(_ message: String) -> Never {
        let text = "grade sandbox-exec: \(message)\n"
        _ = text.withCString { write(2, $0, strlen($0)) }
        exit(125)
    }
}

/// Makes sure nothing a submission started outlives its grading.
///
/// On Linux the grader becomes a child subreaper: a process that a driver detached (double
/// fork, new session) is re-parented to the grader instead of to init, so it stays a
/// descendant, and `sweep` kills every descendant that is still there. bubblewrap's PID
/// namespace already ends them when the driver ends; this covers the machines without it.
public enum ProcessSweeper {
    /// Asks the kernel to re-parent orphaned descendants to this process (Linux only).
    public static func becomeSubreaper() {
        #if os(Linux)
        typealias Prctl = @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "prctl") else { return }
        let prctl = unsafeBitCast(symbol, to: Prctl.self)
        _ = prctl(36 /* PR_SET_CHILD_SUBREAPER */, 1, 0, 0, 0)
        #endif
    }

    /// Kills every descendant of this process and reaps them; returns how many there were.
    /// Repeats until none is left, so that a process forking while it is being killed loses.
    @discardableResult
    public static func sweep() -> Int {
        #if os(Linux)
        var killed = 0
        for _ in 0..<50 {
            let found = descendants(of: getpid())
            if found.isEmpty { break }
            for pid in found { _ = kill(pid, SIGKILL) }
            killed += found.count
            var status: Int32 = 0
            while waitpid(-1, &status, WNOHANG) > 0 {}
            usleep(2_000)
        }
        var status: Int32 = 0
        while waitpid(-1, &status, WNOHANG) > 0 {}
        return killed
        #else
        return 0
        #endif
    }

    /// Every process whose chain of parents reaches `root`, from /proc.
    static func descendants(of root: pid_t) -> [pid_t] {
        var children: [pid_t: [pid_t]] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let pid = pid_t(name),
                  let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            // Fields after the command (which may hold spaces or parentheses): state, ppid, …
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, let parent = pid_t(fields[1]) { children[parent, default: []].append(pid) }
        }
        var result: [pid_t] = []
        var queue = children[root] ?? []
        while let pid = queue.popLast() {
            result.append(pid)
            queue += children[pid] ?? []
        }
        return result
    }
}
