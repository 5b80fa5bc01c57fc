import CommandKit
import Foundation
import GradingProtocol

/// One grading pass over one student's lessons: build each lesson's driver from the student's
/// sources, run the lesson's checks against it in a sandbox, turn what happened into a
/// `LessonResult`, and make sure nothing the student's code started is still running.
///
/// The checker and the driver runtime are shared by every round of a grader run (and every
/// student of a class); a round only compiles the student's own files.
public struct GradingRound: Sendable {
    public let checker: Checker
    public let drivers: DriverBuild
    /// Where the student's files are: lesson → its `.swift` files (on disk).
    public let sources: [Lesson: [URL]]
    /// Shown instead of the absolute path before a compiler error's file.
    public let sourceRoot: URL
    /// Where this round's drivers are built (incrementally, per lesson).
    public let driverOutput: URL
    /// Logs, event streams and incidents.
    public let logs: URL
    public let policy: SandboxPolicy
    /// The launcher (this grader's own executable).
    public let launcher: String
    /// Where sandbox homes are made (a folder the sandbox user may pass through).
    public let homes: URL
    /// Seconds one request to the driver may take.
    public var requestTimeout: Double
    /// Per-lesson exceptions to `requestTimeout`, by lesson number.
    public var timeoutOverrides: [String: Double] = [:]

    public init(checker: Checker, drivers: DriverBuild, sources: [Lesson: [URL]], sourceRoot: URL,
                driverOutput: URL, logs: URL, policy: SandboxPolicy, launcher: String, homes: URL,
                requestTimeout: Double) {
        self.checker = checker
        self.drivers = drivers
        self.sources = sources
        self.sourceRoot = sourceRoot
        self.driverOutput = driverOutput
        self.logs = logs
        self.policy = policy
        self.launcher = launcher
        self.homes = homes
        self.requestTimeout = requestTimeout
    }

    /// Grades `lessons` in their order, two at a time (a lesson is a compile, then a checker
    /// and its driver: two of them keep two cores busy). Throws only for a problem of the grader
    /// or the kit, never for anything a lesson's code does. When it returns, every process the
    /// submission started has been killed.
    public func grade(_ lessons: [Lesson], progress: (String) -> Void) throws -> [LessonResult] {
        let runtime = try drivers.runtime()
        let results = try lessons.concurrentMap(width: 2) { try grade($0, runtime: runtime) }
        ProcessSweeper.sweep()
        return results
    }

    private func grade(_ lesson: Lesson, runtime: URL) throws -> LessonResult {
        let files = sources[lesson] ?? []
        let outcome = try drivers.build(lesson, sources: files, runtime: runtime,
                                        output: driverOutput.appendingPathComponent(lesson.folder))
        guard case .built(let driver) = outcome else {
            guard case .failed(let error) = outcome else { fatalError("unreachable") }
            let checks = try PointsScanner.checks(inFolder: checker.kit.appendingPathComponent(lesson.gradingFolder))
            return LessonResult.uncompiled(lesson, error: error.relative(to: sourceRoot), checks: checks)
        }
        let home = homes.appendingPathComponent("\(lesson.number)-\(UInt32.random(in: 0...UInt32.max))")
        let policy = policy.forLesson(Int(lesson.number) ?? 0)
        try SandboxHome.prepare(home, for: policy)
        defer { try? FileManager.default.removeItem(at: home) }
        let program = try SandboxHome.install(driver: driver, in: home, for: policy)
        let run = try checker.run(lesson, driverCommand: policy.command(launcher: launcher, home: home, program: program.path),
                                  requestTimeout: timeoutOverrides[lesson.number] ?? requestTimeout, logs: logs)
        let callsUnimplemented = files.contains { url in
            (try? String(contentsOf: url, encoding: .utf8)).map(SwiftSource.callsUnimplemented) ?? false
        }
        let status = LessonStatus.classify(run: run, callsUnimplemented: callsUnimplemented)
        return LessonResult(lesson: lesson, status: status, checks: run.events.results)
    }
}

extension CompilerDiagnostic {
    /// The same error with its file shown relative to `root` when it lies inside it.
    func relative(to root: URL) -> CompilerDiagnostic {
        let prefix = root.standardizedFileURL.path + "/"
        guard file.hasPrefix(prefix) else { return self }
        return CompilerDiagnostic(file: String(file.dropFirst(prefix.count)), line: line, column: column, message: message)
    }
}
