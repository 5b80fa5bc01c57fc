import CommandKit
import Foundation
import GradingProtocol

/// The checks: the kit's grading suites, built once as the package's `KIT_GRADING=1` view (no
/// lesson, no student code), then run once per lesson against that lesson's driver.
///
/// The checker is the process that decides a grade, so nothing of a submission is ever loaded
/// into it: it asks the driver through the wire, records every outcome in Swift Testing's event
/// stream (a file the sandboxed driver cannot reach) and logs what the driver did wrong in an
/// incidents file. It is built from the grader's own kit, never from a submission, so edited
/// tests, a changed Makefile or Package.swift in a submission change nothing.
public struct Checker: Sendable {
    public let kit: URL
    /// The SwiftPM scratch folder of the checker build (`.build/grading-checks`).
    public let scratch: URL

    public init(kit: URL, scratch: URL) {
        self.kit = kit
        self.scratch = scratch
    }

    /// A bound on the checker build (it compiles only kit code, so it fails only for a kit bug).
    static let buildTimeout: Double = 1800

    /// Builds the checks (incrementally), unless their inputs are the same as at the last
    /// successful build: even SwiftPM's no-op build costs a good part of a second, which a
    /// student's one-lesson regrade should not pay.
    public func build(log: URL) throws {
        try FileManager.default.createDirectory(at: log.deletingLastPathComponent(), withIntermediateDirectories: true)
        let key = try KitFingerprint.checks(of: kit)
        let stamp = scratch.appendingPathComponent("checks.key")
        if (try? String(contentsOf: stamp, encoding: .utf8)) == key, FileManager.default.fileExists(atPath: binary.path) {
            return
        }
        let termination = try Subprocess(
            "swift", ["build", "--build-tests", "--package-path", kit.path, "--scratch-path", scratch.path],
            environment: ["KIT_GRADING": "1"], output: log, timeout: Self.buildTimeout).run()
        guard termination == .exited(0) else {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            let errors = CompilerDiagnostic.errors(in: text).prefix(5).map { $0.summary(relativeTo: kit.path) }
            let evidence = errors.isEmpty ? text.split(whereSeparator: \.isNewline).suffix(5).map(String.init) : errors
            throw CommandError.failed("the grading suites do not build (a kit problem, not a student's):\n  " +
                                    evidence.joined(separator: "\n  ") + "\n(full log: \(log.path))")
        }
        try? key.write(to: stamp, atomically: true, encoding: .utf8)
    }

    /// The test executable (Linux); on macOS the tests are a bundle that `swift test` runs.
    var binary: URL { scratch.appendingPathComponent("debug/ActivationLabPackageTests.xctest") }

    /// What one run of a lesson's checks left behind.
    public struct Run: Sendable {
        public let events: EventStream
        public let incidents: [Incident]
        /// How the checker itself ended: normally `.exited(0)` or `.exited(1)` (checks failed).
        public let termination: Termination
        public let log: URL
    }

    /// Runs `lesson`'s checks, their driver started by `driverCommand` (the sandbox launcher's
    /// command line), each request allowed `requestTimeout` seconds.
    public func run(_ lesson: Lesson, driverCommand: [String], requestTimeout: Double, logs: URL) throws -> Run {
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        let events = logs.appendingPathComponent("\(lesson.number).events.jsonl")
        let incidents = logs.appendingPathComponent("\(lesson.number).incidents.jsonl")
        let log = logs.appendingPathComponent("\(lesson.number).log")
        for file in [events, incidents] { try? FileManager.default.removeItem(at: file) }
        let command = String(decoding: try JSONSerialization.data(withJSONObject: driverCommand), as: UTF8.self)
        let environment = ["GRADING_DRIVER": command, "GRADING_INCIDENTS": incidents.path,
                           "GRADING_REQUEST_TIMEOUT": String(requestTimeout)]
        let selection = ["--no-parallel", "--filter", "^\(lesson.gradingModule)\\.",
                         "--event-stream-output-path", events.path]
        var isFolder: ObjCBool = false
        let direct = FileManager.default.fileExists(atPath: binary.path, isDirectory: &isFolder) && !isFolder.boolValue
        // The checks wait for the driver at most `requestTimeout` per request and give up on a
        // lesson after a few time-outs; this bound only catches a checker bug.
        let bound = max(600, 20 * requestTimeout)
        let process = direct
            ? Subprocess(binary.path, ["--testing-library", "swift-testing"] + selection,
                         environment: environment, output: log, timeout: bound)
            : Subprocess("swift", ["test", "--skip-build", "--package-path", kit.path, "--scratch-path", scratch.path]
                            + selection,
                         environment: environment.merging(["KIT_GRADING": "1"]) { $1 }, output: log, timeout: bound)
        let termination = try process.run()
        return Run(events: EventStream(jsonLines: (try? String(contentsOf: events, encoding: .utf8)) ?? ""),
                   incidents: Incident.read(incidents), termination: termination, log: log)
    }
}

/// Something a driver did wrong, as the checks logged it (see GradingSupport's `Submission`).
public struct Incident: Equatable, Sendable {
    public enum Kind: String, Sendable { case crash, timeout, garbage }
    public let kind: Kind
    /// The display name of the check that was asking.
    public let check: String
    public let signal: Int32?
    public let status: Int32?
    public let seconds: Double?
    /// The runtime's `Fatal error: …` line, or what was wrong with a reply.
    public let message: String?

    public init(kind: Kind, check: String, signal: Int32? = nil, status: Int32? = nil, seconds: Double? = nil,
                message: String? = nil) {
        self.kind = kind
        self.check = check
        self.signal = signal
        self.status = status
        self.seconds = seconds
        self.message = message
    }

    static func read(_ file: URL) -> [Incident] {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [] }
        return text.split(whereSeparator: \.isNewline).compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let kind = (object["kind"] as? String).flatMap(Kind.init(rawValue:)) else { return nil }
            return Incident(kind: kind, check: object["check"] as? String ?? "",
                            signal: (object["signal"] as? Int).map(Int32.init),
                            status: (object["status"] as? Int).map(Int32.init),
                            seconds: object["seconds"] as? Double, message: object["message"] as? String)
        }
    }
}

/// What one lesson's test run reported through Swift Testing's JSON event stream
/// (`--event-stream-output-path`): the checks it listed and how each ended.
///
/// The stream is read after the process has ended, possibly killed mid-run, so it is read
/// forgivingly: a line that does not parse (the half-written last one) is skipped, a check that
/// started but never ended is `interrupted`, and one that never started is `notRun`.
public struct EventStream: Equatable, Sendable {
    /// Every test function listed, in listing (source) order, with its outcome.
    public let results: [CheckResult]
    /// The check that was running when the stream stopped, if one was.
    public let interruptedCheck: String?
    /// Whether the run reported its end (a process that died mid-run never does).
    public let finished: Bool

    public init(jsonLines text: String) {
        var order: [String] = []
        var checks: [String: GradedCheck] = [:]
        var started: [String] = []
        var ended: Set<String> = []
        var issues: [String: [Failure]] = [:]
        var finished = false
        for line in text.split(whereSeparator: \.isNewline) {
            guard let record = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let payload = record["payload"] as? [String: Any]
            else { continue }
            let kind = payload["kind"] as? String
            if record["kind"] as? String == "test" {
                guard kind == "function", let id = payload["id"] as? String else { continue }
                let name = payload["displayName"] as? String ?? payload["name"] as? String ?? id
                if checks[id] == nil { order.append(id) }
                checks[id] = GradedCheck(name: name)
                continue
            }
            let testID = payload["testID"] as? String ?? ""
            switch kind {
            case "testStarted": started.append(testID)
            case "testEnded": ended.insert(testID)
            case "testSkipped":
                ended.insert(testID)
                issues[testID, default: []].append(Failure(message: "skipped", hint: nil))
            case "issueRecorded":
                if Self.isFailure(payload["issue"] as? [String: Any]) {
                    issues[testID, default: []].append(Failure(issueText: Self.text(of: payload)))
                }
            case "runEnded": finished = true
            default: break
            }
        }
        results = order.map { id in
            let outcome: CheckOutcome
            if !ended.contains(id) {
                outcome = started.contains(id) ? .interrupted : .notRun
            } else if let failures = issues[id] {
                outcome = .failed(failures)
            } else {
                outcome = .passed
            }
            return CheckResult(check: checks[id]!, outcome: outcome)
        }
        interruptedCheck = started.last { checks[$0] != nil && !ended.contains($0) }
            .flatMap { checks[$0]?.name }
        self.finished = finished
    }

    /// Known issues (`withKnownIssue`) and warnings do not fail a test; older streams without
    /// `isFailure` count every issue that is not known.
    private static func isFailure(_ issue: [String: Any]?) -> Bool {
        guard let issue else { return true }
        if issue["isKnown"] as? Bool == true { return false }
        return issue["isFailure"] as? Bool ?? true
    }

    /// An issue's text: the `details` messages, which carry the comment GradingSupport records
    /// (`<what happened> | hint: <hint>`), or else the first message (e.g. `Expectation failed:
    /// …` from a bare `#expect`).
    private static func text(of payload: [String: Any]) -> String {
        let messages = payload["messages"] as? [[String: Any]] ?? []
        let details = messages.filter { $0["symbol"] as? String == "details" }
            .compactMap { $0["text"] as? String }
        if !details.isEmpty { return details.joined(separator: "\n") }
        return messages.first?["text"] as? String ?? "issue recorded"
    }
}
