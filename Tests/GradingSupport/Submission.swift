import Foundation
import GradingProtocol
import Testing

/// The student's code as the checks see it: a driver process that answers requests (see
/// `Wire`), never code loaded into this process.
///
/// The grader says how to start the driver in `GRADING_DRIVER` (a JSON array: the sandbox
/// launcher and its arguments, ending with the driver), how long one request may take in
/// `GRADING_REQUEST_TIMEOUT` (seconds), and where to log what went wrong in
/// `GRADING_INCIDENTS` (JSON lines the grader reads to say "crashed" or "timed out").
///
/// Whatever the driver does costs the check that asked, through an issue recorded in that
/// check: a crash, an early exit, a reply that does not parse, silence past the deadline. The
/// driver is then started afresh for the next check, so one bad input does not cost the rest
/// of the lesson. Within the check that saw the failure, later requests fail at once (its
/// points are gone already); and after `crashLimit` crashes or `timeoutLimit` time-outs in the
/// lesson, every remaining request fails at once instead of waiting again.
public final class Submission: @unchecked Sendable {
    /// The one driver of this checker process.
    public static let shared = Submission(environment: ProcessInfo.processInfo.environment)

    static let crashLimit = 20
    static let timeoutLimit = 2
    /// How much of the driver's standard error is kept for messages; the rest is read and dropped.
    static let keptErrorBytes = 16 * 1024

    private let command: [String]?
    private let timeout: Double
    private let incidents: URL?
    private let lock = NSLock()
    private var driver: Driver?
    private var crashes = 0
    private var timeouts = 0
    /// How many more times a sandbox that failed to start is tried again.
    private var retriesLeft = 3
    /// The check whose request failed last: it asks no more.
    private var failedCheck: Test.ID?
    private var cache: [CacheKey: Float] = [:]

    init(environment: [String: String]) {
        command = environment["GRADING_DRIVER"].flatMap { text in
            (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String]
        }
        timeout = environment["GRADING_REQUEST_TIMEOUT"].flatMap(Double.init) ?? 5
        incidents = environment["GRADING_INCIDENTS"].map { URL(fileURLWithPath: $0) }
        // A driver that closes its input must be an error of `send`, not the end of the checks.
        signal(SIGPIPE, SIG_IGN)
    }

    /// The driver's answers to `request`, one per argument; nil when it gave none, after
    /// recording why in the current check.
    public func ask(_ request: Wire.Request) -> [[Float]]? {
        lock.lock()
        defer { lock.unlock() }
        let what = Self.describe(request)
        guard let command else {
            record("\(what): no submission to ask (GRADING_DRIVER is not set)",
                   hint: "run the checks through the grader: make grade")
            return nil
        }
        if let failedCheck, failedCheck == Test.current?.id { return nil }
        if crashes >= Self.crashLimit || timeouts >= Self.timeoutLimit {
            let reason = timeouts >= Self.timeoutLimit ? "timed out \(timeouts) times" : "crashed \(crashes) times"
            record("\(what): not asked, your code already \(reason) in this lesson",
                   hint: "fix the first crash or endless loop reported for this lesson; the checks after it then run normally")
            return nil
        }
        if driver == nil {
            do {
                driver = try Driver(command)
            } catch {
                record("\(what): the grader could not start your code: \(error)",
                       hint: "this is a problem of the grading setup; tell your instructor")
                return nil
            }
        }
        let current = driver!
        switch current.exchange(Wire.encode(request), timeout: timeout) {
        case .success(let payload):
            switch Result(catching: { () throws(Wire.Malformed) in try Wire.decodeReply(payload) }) {
            case .success(.answers(let answers)) where answers.count == request.arguments.count:
                return answers
            case .success(.answers(let answers)):
                fail(current, "\(what): \(answers.count) answers came back for \(request.arguments.count) questions")
            case .success(.refused(let reason)):
                record("\(what): the driver could not ask your code: \(reason)",
                       hint: "keep the names and signatures the stub declared")
                return nil
            case .failure(let malformed):
                fail(current, "\(what): the reply from your code's process is malformed (\(malformed))")
            }
        case .failure(.timedOut):
            current.child.kill()
            _ = current.child.waitForExit()
            driver = nil
            timeouts += 1
            let seconds = Termination.timedOut(timeout).summary
            log(kind: "timeout", termination: .timedOut(timeout), message: nil)
            record("\(what): your code \(seconds) without answering",
                   hint: "look for a loop that never ends (a `while` whose condition never changes, or one that NaN keeps going)")
        case .failure(.closed), .failure(.exited):
            current.child.kill()
            var termination = current.child.waitForExit()
            // bubblewrap reports a sandboxed process killed by signal n as status 128 + n.
            if case .exited(let status) = termination, (129...192).contains(status) { termination = .signaled(status - 128) }
            let errors = current.errorText
            let message = errors.fatalErrorLine ?? errors.lastLine
            driver = nil
            // The sandbox itself failed to start (the launcher or bubblewrap said so before any
            // student code ran): a problem of the grading machine, tried once more.
            if let message, message.hasPrefix("bwrap:") || message.hasPrefix("grade sandbox-exec:") {
                if retriesLeft > 0 {
                    retriesLeft -= 1
                    lock.unlock()
                    defer { lock.lock() }
                    return ask(request)
                }
                log(kind: "crash", termination: termination, message: "the sandbox did not start: \(message)")
                record("\(what): the sandbox your code runs in did not start: \(message)",
                       hint: "this is a problem of the grading setup, not of your code; tell your instructor")
                return nil
            }
            crashes += 1
            log(kind: "crash", termination: termination, message: message)
            let detail = message.map { ": \($0)" } ?? ""
            switch termination {
            case .exited(let status):
                record("\(what): your code's process ended with status \(status) before answering\(detail)",
                       hint: "a lesson function must return its answer; do not call exit()")
            default:
                record("\(what): your code \(termination.summary)\(detail)",
                       hint: "a trap: an index out of range, a failed precondition, an integer overflow, or Int(x) of a NaN or huge Float")
            }
        }
        return nil
    }

    /// A bad reply: the driver is replaced, and the check that asked fails.
    private func fail(_ current: Driver, _ message: String) {
        current.child.kill()
        _ = current.child.waitForExit()
        driver = nil
        crashes += 1
        log(kind: "garbage", termination: nil, message: message)
        record(message, hint: "your code's process wrote something other than its answers to the grader's channel")
    }

    // MARK: Scalar values, cached

    /// f(x) and f′(x) of the activation `type` built from `parameters`, for every input: one
    /// request for the inputs not asked before. Answers are kept, so a check that asks for the
    /// same inputs again (a slope check reuses its neighbours) costs nothing; an input whose
    /// request failed is NaN, and is asked again next time.
    public func both(_ type: String, parameters: [Float], at inputs: [Float]) -> (values: [Float], derivatives: [Float]) {
        let values = CacheKey(type: type, parameters: parameters.map(\.bitPattern), derivative: false)
        let missing = Array(Set(inputs.map(\.bitPattern).filter { cached(values, $0) == nil }))
            .sorted().map(Float.init(bitPattern:))
        if !missing.isEmpty,
           let answer = ask(Wire.Request(endpoint: "\(type).both", parameters: parameters, arguments: [missing]))?.first {
            if answer.count == 2 * missing.count {
                store(values, missing, Array(answer[..<missing.count]), Array(answer[missing.count...]))
            } else {
                record("\(type).both: \(answer.count) numbers came back for \(missing.count) inputs",
                       hint: "your code's process wrote something other than its answers to the grader's channel")
            }
        }
        let derivatives = CacheKey(type: type, parameters: values.parameters, derivative: true)
        return (inputs.map { cached(values, $0.bitPattern) ?? .nan },
                inputs.map { cached(derivatives, $0.bitPattern) ?? .nan })
    }

    /// f, ∂f/∂a and ∂f/∂b of the gated unit `type` at every pair, kept like `both`'s answers:
    /// one request for the pairs not asked before (the argument is all a's, then all b's).
    public func gated(_ type: String, at pairs: [(a: Float, b: Float)]) -> [(value: Float, a: Float, b: Float)] {
        let missing = Array(Set(pairs.map { GatedKey(type: type, a: $0.a.bitPattern, b: $0.b.bitPattern) })
            .filter { cachedGated($0) == nil }).sorted { ($0.a, $0.b) < ($1.a, $1.b) }
        if !missing.isEmpty {
            let argument = missing.map { Float(bitPattern: $0.a) } + missing.map { Float(bitPattern: $0.b) }
            if let answer = ask(Wire.Request(endpoint: "\(type).all", arguments: [argument]))?.first {
                if answer.count == 3 * missing.count {
                    lock.lock()
                    for (i, key) in missing.enumerated() {
                        gatedCache[key] = (answer[i], answer[missing.count + i], answer[2 * missing.count + i])
                    }
                    lock.unlock()
                } else {
                    record("\(type).all: \(answer.count) numbers came back for \(missing.count) pairs",
                           hint: "your code's process wrote something other than its answers to the grader's channel")
                }
            }
        }
        return pairs.map { cachedGated(GatedKey(type: type, a: $0.a.bitPattern, b: $0.b.bitPattern)) ?? (.nan, .nan, .nan) }
    }

    private struct GatedKey: Hashable {
        let type: String
        let a: UInt32
        let b: UInt32
    }

    private var gatedCache: [GatedKey: (Float, Float, Float)] = [:]

    private func cachedGated(_ key: GatedKey) -> (value: Float, a: Float, b: Float)? {
        lock.lock()
        defer { lock.unlock() }
        return gatedCache[key].map { ($0.0, $0.1, $0.2) }
    }

    private struct CacheKey: Hashable {
        let type: String
        let parameters: [UInt32]
        let derivative: Bool
        var x: UInt32 = 0
    }

    private func cached(_ key: CacheKey, _ x: UInt32) -> Float? {
        lock.lock()
        defer { lock.unlock() }
        var key = key
        key.x = x
        return cache[key]
    }

    private func store(_ key: CacheKey, _ inputs: [Float], _ values: [Float], _ derivatives: [Float]) {
        lock.lock()
        defer { lock.unlock() }
        var valueKey = key, derivativeKey = key
        derivativeKey = CacheKey(type: key.type, parameters: key.parameters, derivative: true)
        for (i, x) in inputs.enumerated() {
            valueKey.x = x.bitPattern
            derivativeKey.x = x.bitPattern
            cache[valueKey] = values[i]
            cache[derivativeKey] = derivatives[i]
        }
    }

    // MARK: Reporting

    /// An issue in the running check, in the grading contract's `<what> | hint: <hint>` form.
    private func record(_ what: String, hint: String) {
        failedCheck = Test.current?.id
        Issue.record(Comment(rawValue: "\(what) | hint: \(hint)"))
    }

    /// One JSON line for the grader: which check, what happened.
    private func log(kind: String, termination: Termination?, message: String?) {
        guard let incidents else { return }
        var entry: [String: Any] = ["kind": kind, "check": Test.current?.displayName ?? Test.current?.name ?? ""]
        switch termination {
        case .exited(let status)?: entry["status"] = Int(status)
        case .signaled(let signal)?: entry["signal"] = Int(signal)
        case .timedOut(let seconds)?: entry["seconds"] = seconds
        case nil: break
        }
        if let message { entry["message"] = message }
        guard var line = try? JSONSerialization.data(withJSONObject: entry, options: [.sortedKeys]) else { return }
        line.append(0x0A)
        if let handle = try? FileHandle(forWritingTo: incidents) {
            handle.seekToEndOfFile()
            handle.write(line)
            try? handle.close()
        } else {
            try? line.write(to: incidents)
        }
    }

    /// `Sigmoid.both at 577 inputs`, for messages.
    private static func describe(_ request: Wire.Request) -> String {
        let inputs = request.arguments.reduce(0) { $0 + $1.count }
        return "\(request.endpoint) (\(inputs) input\(inputs == 1 ? "" : "s"))"
    }
}

/// One running driver: the process and a thread that keeps the start of its standard error.
private final class Driver: @unchecked Sendable {
    let child: ChildProcess
    private let lock = NSLock()
    private var kept: [UInt8] = []

    init(_ command: [String]) throws {
        child = try ChildProcess(command, environment: ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" })
        let errors = child.errors
        let thread = Thread { [weak self] in
            var chunk = [UInt8](repeating: 0, count: 65536)
            while true {
                let got = chunk.withUnsafeMutableBytes { read(errors, $0.baseAddress!, 65536) }
                if got < 0 && errno == EINTR { continue }
                if got <= 0 { break }
                guard let self else { continue }
                self.lock.lock()
                if self.kept.count < Submission.keptErrorBytes {
                    self.kept += chunk[..<min(got, Submission.keptErrorBytes - self.kept.count)]
                }
                self.lock.unlock()
            }
        }
        thread.start()
    }

    /// What the driver has written to standard error so far (its start).
    var errorText: String {
        // Give the reader thread a moment to drain what a dying process wrote last.
        usleep(20_000)
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: kept, as: UTF8.self)
    }

    /// Sends one frame and reads the reply's payload.
    func exchange(_ frame: [UInt8], timeout: Double) -> Result<[UInt8], ChildProcess.ReadFailure> {
        let deadline = ChildProcess.now() + timeout
        guard child.send(frame) else { return .failure(.closed) }
        do {
            let header = try child.read(4, before: deadline)
            guard let length = try? Wire.frameLength(header) else { return .success(header) }
            return .success(try child.read(length, before: deadline))
        } catch {
            return .failure(error)
        }
    }
}

private extension String {
    /// The last non-empty line (what a launcher or sandbox that failed to start said), if short.
    var lastLine: String? {
        split(whereSeparator: \.isNewline).last.map { String($0.prefix(300)) }
    }

    /// The runtime's `Fatal error: …` line, without the path before it, if there is one.
    var fatalErrorLine: String? {
        for line in split(whereSeparator: \.isNewline) {
            if let range = line.range(of: "Fatal error") {
                return String(line[range.lowerBound...].prefix(300))
            }
        }
        return nil
    }
}
