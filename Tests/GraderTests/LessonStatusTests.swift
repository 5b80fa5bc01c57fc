#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import Grader
import Testing

@Suite struct LessonStatusTests {
    static let noCrash = CrashReport(message: nil, location: nil)
    static let mixed = [Samples.check("a [1 pt]", .passed),
                        Samples.check("b [2 pts]", .failed([Failure(message: "f(1): got 0", hint: "h")]))]
    static let zero = [Samples.check("a [1 pt]", .failed([])), Samples.check("b [2 pts]", .failed([]))]

    static func classify(_ results: [CheckResult], finished: Bool = true, _ termination: Termination = .exited(1),
                         interrupted: String? = nil, unimplemented: Bool = false) -> LessonStatus {
        LessonStatus.classify(results: results, finished: finished, termination: termination,
                              interruptedCheck: interrupted, crash: noCrash, callsUnimplemented: unimplemented)
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

    @Test func aSignalIsACrashInTheCheckThatWasRunning() {
        let status = Self.classify(Self.mixed, finished: false, .signaled(4), interrupted: "b [2 pts]")
        #expect(status == .crashed(signal: 4, exitStatus: nil, check: "b [2 pts]", report: Self.noCrash))
        #expect(LessonStatus.crashed(signal: SIGILL, exitStatus: nil, check: nil, report: Self.noCrash).summary
                == "crashed (signal \(SIGILL): SIGILL)")
        #expect(LessonStatus.crashed(signal: 77, exitStatus: nil, check: nil, report: Self.noCrash).summary
                == "crashed (signal 77)")
    }

    @Test func quittingBeforeTheRunEndedIsACrashToo() {
        let status = Self.classify(Self.zero, finished: false, .exited(0), unimplemented: true)
        #expect(status == .crashed(signal: nil, exitStatus: 0, check: nil, report: Self.noCrash))
        #expect(status.summary == "crashed (exited early with status 0)")
    }

    @Test func aSignalThatSwiftTestReportsIsACrashToo() {
        // macOS: the tests run under `swift test`, which exits 1 and names the signal.
        let report = CrashReport(log: "error: Exited with unexpected signal code 4\n", sourceFolder: "Exercises/03-tanh")
        #expect(report.signal == 4)
        let status = LessonStatus.classify(results: Self.zero, finished: false, termination: .exited(1),
                                           interruptedCheck: nil, crash: report, callsUnimplemented: false)
        #expect(status == .crashed(signal: 4, exitStatus: nil, check: nil, report: report))
    }

    @Test func aTimeoutWinsOverEverythingElse() {
        let status = Self.classify(Self.zero, finished: false, .timedOut(20), interrupted: "a [1 pt]", unimplemented: true)
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
                                             checks: [Check(name: "a [1 pt]"), Check(name: "b [2 pts]")])
        #expect(result.status == .doesNotCompile(error))
        #expect(result.status.summary == "does not compile")
        #expect((result.score, result.maxScore) == (0, 3))
    }

    @Test func theCrashReportFindsTheFatalErrorAndTheStudentsLine() {
        let log = """
            ◇ Test "tanh matches [2 pts]" started.
            Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range

            💣 Program crashed: Illegal instruction at 0x00007f1
            0      0x00007f1 _assertionFailure(_:_:file:line:flags:) + 264 in libswiftCore.so
            1 [ra] 0x000056 Tanh.callAsFunction(_:) + 170 in ActivationLabPackageTests.xctest at /kit/Exercises/03-tanh/Tanh.swift:11:9
            2 [ra] 0x000057 closure #1 in Reference.tanh() in ActivationLabPackageTests.xctest at /kit/Tests/Grading/03-tanh/T.swift:5:1
            """
        let report = CrashReport(log: log, sourceFolder: "Exercises/03-tanh")
        #expect(report == CrashReport(message: "Fatal error: Index out of range", location: "Exercises/03-tanh/Tanh.swift:11"))
        #expect(CrashReport(log: "", sourceFolder: "Exercises/03-tanh") == CrashReport(message: nil, location: nil))
    }
}
