#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
@testable import Grader
import GradingProtocol
import Testing

@Suite struct LessonStatusTests {
    static let noCrash = CrashReport(message: nil, location: nil)
    static let mixed = [Samples.check("a [1 pt]", .passed),
                        Samples.check("b [2 pts]", .failed([Failure(message: "f(1): got 0", hint: "h")]))]
    static let zero = [Samples.check("a [1 pt]", .failed([])), Samples.check("b [2 pts]", .failed([]))]

    /// The stream of a checker run that ended normally, with these results.
    static func run(_ results: [CheckResult], finished: Bool = true, _ termination: Termination = .exited(1),
                    incidents: [Incident] = []) -> Checker.Run {
        var lines: [String] = []
        for result in results {
            let id = result.check.name
            lines.append(#"{"kind":"test","payload":{"kind":"function","id":"\#(id)","displayName":"\#(id)"}}"#)
            lines.append(#"{"kind":"event","payload":{"kind":"testStarted","testID":"\#(id)"}}"#)
            if case .failed = result.outcome {
                lines.append(#"{"kind":"event","payload":{"kind":"issueRecorded","testID":"\#(id)","issue":{"isKnown":false}}}"#)
            }
            if result.outcome != .interrupted && result.outcome != .notRun {
                lines.append(#"{"kind":"event","payload":{"kind":"testEnded","testID":"\#(id)"}}"#)
            }
        }
        if finished { lines.append(#"{"kind":"event","payload":{"kind":"runEnded"}}"#) }
        return Checker.Run(events: EventStream(jsonLines: lines.joined(separator: "\n")), incidents: incidents,
                           termination: termination, log: URL(fileURLWithPath: "/logs/02.log"))
    }

    static func classify(_ results: [CheckResult], finished: Bool = true, _ termination: Termination = .exited(1),
                         incidents: [Incident] = [], unimplemented: Bool = false) -> LessonStatus {
        LessonStatus.classify(run: run(results, finished: finished, termination, incidents: incidents),
                              callsUnimplemented: unimplemented)
    }

    @Test func everyCheckPassedIsPassed() {
        let status = Self.classify([Samples.check("a [1 pt]", .passed)], .exited(0), unimplemented: true)
        #expect(status == .passed)
        #expect(status.summary == "passed")
        #expect(status.isComplete)
    }

    @Test func failingChecksAreCounted() {
        #expect(Self.classify(Self.mixed) == .failing(1))
        #expect(LessonStatus.failing(1).summary == "1 check failing")
        #expect(LessonStatus.failing(3).summary == "3 checks failing")
    }

    @Test func notStartedNeedsZeroPointsAndAnUnimplementedCall() {
        #expect(Self.classify(Self.zero, unimplemented: true) == .notStarted)
        // Started but wrong everywhere: failing, not "not started".
        #expect(Self.classify(Self.zero, unimplemented: false) == .failing(2))
        // Some points and a stub left: failing.
        #expect(Self.classify(Self.mixed, unimplemented: true) == .failing(1))
    }

    @Test func aDriverKilledByASignalIsACrashInTheCheckThatAsked() {
        let crash = Incident(kind: .crash, check: "b [2 pts]", signal: 4, message: "Fatal error: Index out of range")
        let status = Self.classify(Self.mixed, incidents: [crash])
        #expect(status == .crashed(signal: 4, exitStatus: nil, check: "b [2 pts]",
                                   report: CrashReport(message: "Fatal error: Index out of range", location: nil)))
        #expect(LessonStatus.crashed(signal: SIGILL, exitStatus: nil, check: nil, report: Self.noCrash).summary
                == "crashed (signal \(SIGILL): SIGILL)")
        #expect(LessonStatus.crashed(signal: 77, exitStatus: nil, check: nil, report: Self.noCrash).summary
                == "crashed (signal 77)")
    }

    @Test func aDriverThatQuitIsACrashToo() {
        let status = Self.classify(Self.zero, incidents: [Incident(kind: .crash, check: "a [1 pt]", status: 0)],
                                   unimplemented: true)
        #expect(status == .crashed(signal: nil, exitStatus: 0, check: "a [1 pt]", report: Self.noCrash))
        #expect(status.summary == "crashed (exited early with status 0)")
        let garbled = Self.classify(Self.zero, incidents: [Incident(kind: .garbage, check: "a [1 pt]", message: "bad frame")])
        #expect(garbled.summary == "crashed")
    }

    @Test func checksThatDidNotFinishAreTheGradersFaultNotTheStudents() {
        let status = Self.classify(Self.zero, finished: false, .signaled(11))
        guard case .crashed(nil, nil, _, let report) = status else {
            Issue.record("expected a crash of the checks, got \(status)")
            return
        }
        #expect(report.checksStopped?.termination == .signaled(11))
        let renderer = ReportRenderer(style: TextStyle(colour: false), root: "/kit")
        let said = renderer.details(LessonResult(lesson: Samples.tanh, status: status, checks: [])).first ?? ""
        #expect(said.hasPrefix("crashed: the checks themselves stopped (crashed (signal 11: SIGSEGV)): a problem of the grader"))
        let chinese = ReportRenderer(style: TextStyle(colour: false), root: "/kit", language: .traditionalChinese)
        #expect(chinese.details(LessonResult(lesson: Samples.tanh, status: status, checks: [])).first?
            .hasPrefix("崩潰：檢查程式本身中止了（崩潰，訊號 11：SIGSEGV）：這是評分程式的問題") == true)
    }

    @Test func aTimeoutWinsOverEverythingElse() {
        let incidents = [Incident(kind: .crash, check: "b [2 pts]", signal: 4),
                         Incident(kind: .timeout, check: "a [1 pt]", seconds: 20)]
        let status = Self.classify(Self.zero, incidents: incidents, unimplemented: true)
        #expect(status == .timedOut(seconds: 20, check: "a [1 pt]"))
        #expect(status.summary == "timed out after 20 s")
        #expect(LessonStatus.timedOut(seconds: 2.5, check: nil).summary == "timed out after 2.5 s")
    }

    @Test func aCrashedLessonKeepsThePointsOfTheChecksThatFinished() {
        let checks = [Samples.check("a [1 pt]", .passed), Samples.check("b [2 pts]", .interrupted),
                      Samples.check("c [4 pts]", .notRun)]
        let result = LessonResult(lesson: Samples.sigmoid,
                                  status: .crashed(signal: 4, exitStatus: nil, check: "b [2 pts]", report: Self.noCrash),
                                  checks: checks)
        #expect(result.score == 1)
        #expect(result.maxScore == 7)
    }

    @Test func anUncompiledLessonIsWorthItsScannedPoints() {
        let error = CompilerDiagnostic(file: "/k/Exercises/02-sigmoid/Sigmoid.swift", line: 3, column: 1, message: "oops")
        let result = LessonResult.uncompiled(Samples.sigmoid, error: error,
                                             checks: [GradedCheck(name: "a [1 pt]"), GradedCheck(name: "b [2 pts]")])
        #expect(result.status == .doesNotCompile(error))
        #expect(result.status.summary == "does not compile")
        #expect((result.score, result.maxScore) == (0, 3))
    }
}
