import Foundation

/// One grading pass over a kit folder: build the chosen lessons, run each lesson's checks in its
/// own process, and turn what happened into a `LessonResult` per lesson.
public struct GradingRound: Sendable {
    /// The kit whose `Package.swift` is built (the grader's own, or a pristine copy).
    public var kit: URL
    public var implementation: Implementation
    /// The SwiftPM scratch folder; one per kit and implementation keeps rebuilds incremental.
    public var scratch: URL
    /// Where the build log, test output and event streams go.
    public var logs: URL
    /// Seconds one lesson's test process may run.
    public var timeout: Double
    /// Per-lesson exceptions to `timeout`, by lesson number.
    public var timeoutOverrides: [String: Double]

    public init(kit: URL, implementation: Implementation, scratch: URL, logs: URL, timeout: Double,
                timeoutOverrides: [String: Double] = [:]) {
        self.kit = kit
        self.implementation = implementation
        self.scratch = scratch
        self.logs = logs
        self.timeout = timeout
        self.timeoutOverrides = timeoutOverrides
    }

    /// Grades `lessons`, in their order. Throws only for a problem of the grader or the kit,
    /// never for anything a lesson's code does.
    public func grade(_ lessons: [Lesson], progress: (String) -> Void) throws -> [LessonResult] {
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        progress("Building \(lessons.count == 1 ? lessons[0].folder : "\(lessons.count) lessons")…")
        let build = GradingBuild(kit: kit, implementation: implementation, scratch: scratch,
                                 log: logs.appendingPathComponent("build.log"))
        let (built, broken) = try build.build(lessons, progress: progress)
        if !built.isEmpty { progress("Running the checks…") }
        let binary = TestBinary(kit: kit, implementation: implementation, scratch: scratch, builtLessons: built)
        let ran = try built.concurrentMap { try run($0, with: binary) }
        var results = Dictionary(uniqueKeysWithValues: ran.map { ($0.lesson, $0) })
        for (lesson, error) in broken {
            let checks = try PointsScanner.checks(inFolder: kit.appendingPathComponent(lesson.gradingFolder))
            results[lesson] = LessonResult.uncompiled(lesson, error: error, checks: checks)
        }
        return lessons.compactMap { results[$0] }
    }

    private func run(_ lesson: Lesson, with binary: TestBinary) throws -> LessonResult {
        let events = logs.appendingPathComponent("\(lesson.number).events.jsonl")
        let log = logs.appendingPathComponent("\(lesson.number).log")
        let termination = try binary.run(lesson, events: events, log: log,
                                         timeout: timeoutOverrides[lesson.number] ?? timeout)
        let stream = EventStream(jsonLines: (try? String(contentsOf: events, encoding: .utf8)) ?? "")
        let sourceFolder = lesson.sourceFolder(implementation)
        let sources = SwiftSource.files(in: kit.appendingPathComponent(sourceFolder))
        let ranToTheEnd = stream.finished && (termination == .exited(0) || termination == .exited(1))
        let crash = ranToTheEnd ? CrashReport(message: nil, location: nil)
                                : CrashReport(log: Self.tail(of: log), sourceFolder: sourceFolder)
        let status = LessonStatus.classify(
            results: stream.results, finished: stream.finished, termination: termination,
            interruptedCheck: stream.interruptedCheck, crash: crash,
            callsUnimplemented: sources.contains { url in
                (try? String(contentsOf: url, encoding: .utf8)).map(SwiftSource.callsUnimplemented) ?? false
            })
        return LessonResult(lesson: lesson, status: status, checks: stream.results)
    }

    /// The end of a test process's output, where the runtime's fatal error and backtrace are.
    /// Only the end: a student's `print` in a loop can fill gigabytes before the time limit.
    private static func tail(of file: URL, bytes: UInt64 = 256 * 1024) -> String {
        guard let handle = try? FileHandle(forReadingFrom: file) else { return "" }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()) ?? 0
        try? handle.seek(toOffset: size > bytes ? size - bytes : 0)
        return String(decoding: (try? handle.readToEnd()) ?? Data(), as: UTF8.self)
    }
}
