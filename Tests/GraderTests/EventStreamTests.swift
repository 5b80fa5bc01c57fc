@testable import Grader
import Testing

/// Lines recorded from Swift Testing 6.3's event stream (`--event-stream-output-path`),
/// shortened to the fields the grader reads.
@Suite struct EventStreamTests {
    static let listing = """
        {"kind":"test","payload":{"displayName":"Lesson 02 · Sigmoid","id":"Lesson02SigmoidGrading.SigmoidGrading","kind":"suite","name":"SigmoidGrading"},"version":"6.3.0"}
        {"kind":"test","payload":{"displayName":"sigmoid(0) is one half [1 pt]","id":"Lesson02SigmoidGrading.SigmoidGrading\\/half()\\/Placeholder.swift:8:6","isParameterized":false,"kind":"function","name":"half()"},"version":"6.3.0"}
        {"kind":"test","payload":{"displayName":"sigmoid matches on moderate inputs [2 pts]","id":"Lesson02SigmoidGrading.SigmoidGrading\\/moderate(x:)\\/Placeholder.swift:11:6","isParameterized":true,"kind":"function","name":"moderate(x:)"},"version":"6.3.0"}
        {"kind":"test","payload":{"displayName":"derivative is σ(1−σ) [3 pts]","id":"Lesson02SigmoidGrading.SigmoidGrading\\/deriv()\\/Placeholder.swift:14:6","isParameterized":false,"kind":"function","name":"deriv()"},"version":"6.3.0"}
        {"kind":"event","payload":{"kind":"runStarted","messages":[{"symbol":"default","text":"Test run started."}]},"version":"6.3.0"}
        """
    static let half = "Lesson02SigmoidGrading.SigmoidGrading\\/half()\\/Placeholder.swift:8:6"
    static let moderate = "Lesson02SigmoidGrading.SigmoidGrading\\/moderate(x:)\\/Placeholder.swift:11:6"
    static let deriv = "Lesson02SigmoidGrading.SigmoidGrading\\/deriv()\\/Placeholder.swift:14:6"

    static func event(_ kind: String, _ testID: String) -> String {
        #"{"kind":"event","payload":{"kind":"\#(kind)","messages":[],"testID":"\#(testID)"},"version":"6.3.0"}"#
    }

    static func issue(_ testID: String, _ text: String, known: Bool = false) -> String {
        #"{"kind":"event","payload":{"issue":{"isFailure":true,"isKnown":\#(known),"severity":"error"},"kind":"issueRecorded","messages":[{"symbol":"fail","text":"Issue recorded"},{"symbol":"details","text":"\#(text)"}],"testID":"\#(testID)"},"version":"6.3.0"}"#
    }

    static let runEnded = #"{"kind":"event","payload":{"kind":"runEnded","messages":[]},"version":"6.3.0"}"#

    @Test func aCompleteRunGivesEveryCheckItsOutcome() {
        let stream = EventStream(jsonLines: [
            Self.listing,
            Self.event("testStarted", Self.half), Self.event("testStarted", Self.moderate),
            Self.issue(Self.moderate, "sigmoid(-1.0): got nan, expected 0.26894143 | hint: check the formula"),
            Self.issue(Self.moderate, "sigmoid(2.0): got nan, expected 0.880797 | hint: check the formula"),
            Self.event("testEnded", Self.half), Self.event("testEnded", Self.moderate),
            Self.event("testStarted", Self.deriv), Self.event("testEnded", Self.deriv),
            Self.runEnded,
        ].joined(separator: "\n"))
        #expect(stream.finished)
        #expect(stream.interruptedCheck == nil)
        #expect(stream.results == [
            Samples.check("sigmoid(0) is one half [1 pt]", .passed),
            Samples.check("sigmoid matches on moderate inputs [2 pts]", .failed([
                Failure(message: "sigmoid(-1.0): got nan, expected 0.26894143", hint: "check the formula"),
                Failure(message: "sigmoid(2.0): got nan, expected 0.880797", hint: "check the formula"),
            ])),
            Samples.check("derivative is σ(1−σ) [3 pts]", .passed),
        ])
        #expect(stream.results.map(\.score) == [1, 0, 3])
    }

    @Test func aRunCutShortNamesTheCheckThatWasRunning() {
        // The process died inside `moderate`: its last line is half written.
        let stream = EventStream(jsonLines: [
            Self.listing,
            Self.event("testStarted", Self.half), Self.event("testEnded", Self.half),
            Self.event("testStarted", Self.moderate),
            #"{"kind":"event","payload":{"kind":"testCaseSta"#,
        ].joined(separator: "\n"))
        #expect(!stream.finished)
        #expect(stream.interruptedCheck == "sigmoid matches on moderate inputs [2 pts]")
        #expect(stream.results.map(\.outcome) == [.passed, .interrupted, .notRun])
    }

    @Test func knownIssuesAndSkipsAreNotPasses() {
        let stream = EventStream(jsonLines: [
            Self.listing,
            Self.event("testStarted", Self.half),
            Self.issue(Self.half, "a known problem", known: true),
            Self.event("testEnded", Self.half),
            Self.event("testSkipped", Self.moderate),
            Self.runEnded,
        ].joined(separator: "\n"))
        #expect(stream.results.map(\.outcome) == [
            .passed, .failed([Failure(message: "skipped", hint: nil)]), .notRun,
        ])
    }

    @Test func anIssueWithoutDetailsKeepsItsMainMessage() {
        let line = #"{"kind":"event","payload":{"issue":{"isKnown":false},"kind":"issueRecorded","messages":[{"symbol":"fail","text":"Expectation failed: (y → 2.0) == 1.0"}],"testID":"\#(Self.half)"},"version":"6.3.0"}"#
        let stream = EventStream(jsonLines: [Self.listing, line, Self.event("testEnded", Self.half)]
            .joined(separator: "\n"))
        #expect(stream.results[0].outcome == .failed([Failure(message: "Expectation failed: (y → 2.0) == 1.0", hint: nil)]))
    }

    @Test func anEmptyStreamListsNothing() {
        let stream = EventStream(jsonLines: "")
        #expect(stream.results.isEmpty)
        #expect(!stream.finished)
    }

    @Test func failuresSplitAtTheFirstHintMarker() {
        #expect(Failure(issueText: "f(1): got 2 | hint: use a | hint: b")
                == Failure(message: "f(1): got 2", hint: "use a | hint: b"))
        #expect(Failure(issueText: "no hint here") == Failure(message: "no hint here", hint: nil))
    }
}
