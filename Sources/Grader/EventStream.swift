import Foundation

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
        var checks: [String: Check] = [:]
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
                checks[id] = Check(name: name)
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
