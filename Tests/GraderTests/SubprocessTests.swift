import CommandKit
import Foundation
@testable import Grader
import GradingProtocol
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The child-process plumbing, on `/bin/sh` (no Swift is built).
@Suite struct SubprocessTests {
    static func sh(_ script: String, timeout: Double? = 10, in folder: TemporaryFolder) throws -> (Termination, String) {
        let log = folder.url.appendingPathComponent("out.log")
        let termination = try Subprocess("/bin/sh", ["-c", script], environment: ["GRADER_TEST": "42"],
                                         output: log, timeout: timeout).run()
        return (termination, try String(contentsOf: log, encoding: .utf8))
    }

    @Test func outputEnvironmentAndStatusAreCaptured() throws {
        let folder = try TemporaryFolder()
        let (termination, output) = try Self.sh("echo out; echo err >&2; echo $GRADER_TEST; exit 3", in: folder)
        #expect(termination == .exited(3))
        #expect(output == "out\nerr\n42\n")
    }

    @Test func aTrapIsReportedAsItsSignal() throws {
        let folder = try TemporaryFolder()
        #expect(try Self.sh("kill -ILL $$", in: folder).0 == .signaled(SIGILL))
        #expect(Termination.signalName(SIGILL) == "SIGILL")
        #expect(Termination.signalName(SIGTRAP) == "SIGTRAP")
    }

    @Test func aTimeoutKillsTheWholeProcessGroup() throws {
        let folder = try TemporaryFolder()
        let marker = folder.url.appendingPathComponent("grandchild.pid")
        // The shell starts a grandchild that would outlive a kill of the shell alone.
        let (termination, _) = try Self.sh("sleep 30 & echo $! > '\(marker.path)'; wait", timeout: 0.5, in: folder)
        #expect(termination == .timedOut(0.5))
        let pid = try #require(pid_t(try String(contentsOf: marker, encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        var gone = false
        for _ in 0..<100 where !gone {
            gone = !Self.isRunning(pid)
            if !gone { usleep(20_000) }
        }
        #expect(gone)
    }

    /// Whether `pid` is still running. Signal 0 only asks whether the process exists; a killed
    /// orphan may linger as a zombie until an init that reaps gets to it, which counts as dead.
    static func isRunning(_ pid: pid_t) -> Bool {
        guard kill(pid, 0) == 0 else { return false }
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
        return !stat.contains(") Z ")
    }

    @Test func aMissingProgramIsAGraderError() throws {
        let folder = try TemporaryFolder()
        #expect(throws: CommandError.self) {
            try Subprocess("/nonexistent/tool", [], output: folder.url.appendingPathComponent("x"), timeout: 1).run()
        }
    }

    @Test func waitStatusesDecodeLikeTheCMacros() {
        #expect(Termination(waitStatus: 0) == .exited(0))
        #expect(Termination(waitStatus: 3 << 8) == .exited(3))
        #expect(Termination(waitStatus: 4) == .signaled(4))
    }
}
