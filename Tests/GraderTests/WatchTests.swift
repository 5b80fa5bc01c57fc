import Foundation
@testable import Grader
import Testing

@Suite struct WatchTests {
    @Test func changedLessonsAreThoseWhoseFilesDiffer() {
        let before = SourceSnapshot(fingerprints: ["01": ["A.swift": "1/10"], "02": ["S.swift": "1/20"], "03": [:]])
        let after = SourceSnapshot(fingerprints: ["01": ["A.swift": "1/10"], "02": ["S.swift": "2/21"],
                                                  "03": ["New.swift": "3/1"]])
        #expect(after.changedLessons(since: before) == ["02", "03"])
        #expect(after.changedLessons(since: after).isEmpty)
    }

    @Test func aSnapshotSeesASave() throws {
        let kit = try TemporaryFolder()
        let file = try kit.write("let a = 1", to: "Exercises/02-sigmoid/Sigmoid.swift")
        try kit.write("let b = 1", to: "Exercises/01-warm-up/Identity.swift")
        let before = SourceSnapshot.take(kit: kit.url, implementation: .exercises, lessons: Samples.lessons)
        try Data("let a = 22".utf8).write(to: file)
        let after = SourceSnapshot.take(kit: kit.url, implementation: .exercises, lessons: Samples.lessons)
        #expect(after.changedLessons(since: before) == ["02"])
    }

    static func result(_ lesson: Lesson, _ status: LessonStatus) -> LessonResult {
        LessonResult(lesson: lesson, status: status,
                     checks: [Samples.check("a [1 pt]", status == .passed ? .passed : .failed([]))])
    }

    @Test func theFocusFollowsTheWorkThenMovesOn() {
        var progress = WatchProgress(lessons: Samples.lessons, pinned: nil)
        progress.record(Samples.lessons.map { Self.result($0, $0 == Samples.warmUp ? .passed : .notStarted) })
        #expect(progress.focus == Samples.sigmoid)
        #expect(progress.completeCount == 1)
        // Working on lesson 03 moves the focus there…
        progress.record([Self.result(Samples.tanh, .failing(1))])
        #expect(progress.focus == Samples.tanh)
        // …and finishing it moves it to the first lesson still incomplete.
        progress.record([Self.result(Samples.tanh, .passed)])
        #expect(progress.focus == Samples.sigmoid)
        #expect(progress.justCompleted == [Samples.tanh])
        progress.record([Self.result(Samples.sigmoid, .passed), Self.result(Samples.vanishing, .passed)])
        #expect(progress.focus == nil)
        #expect(progress.completeCount == 4)
        // Regrading a lesson that already passed is no news.
        progress.record([Self.result(Samples.tanh, .passed)])
        #expect(progress.justCompleted.isEmpty)
    }

    @Test func aPinnedLessonKeepsTheFocus() {
        var progress = WatchProgress(lessons: Samples.lessons, pinned: Samples.vanishing)
        progress.record(Samples.lessons.map { Self.result($0, .notStarted) })
        progress.record([Self.result(Samples.tanh, .failing(1))])
        #expect(progress.focus == Samples.vanishing)
    }

    @Test func theScreenShowsStatusFirstFailureAndProgress() {
        var progress = WatchProgress(lessons: Samples.lessons, pinned: nil)
        let failing = LessonResult(lesson: Samples.sigmoid, status: .failing(2), checks: [
            Samples.check("a [1 pt]", .failed([Failure(message: "sigmoid(1): got 0", hint: "mind the sign")])),
            Samples.check("b [2 pts]", .failed([Failure(message: "second", hint: nil)])),
        ])
        progress.record([Self.result(Samples.warmUp, .passed), failing])
        let renderer = ReportRenderer(style: TextStyle(colour: false), root: "/kit", failuresShown: 1)
        #expect(progress.screen(renderer: renderer, watching: "Exercises") == """
            02-sigmoid · 2 checks failing · 0/3 points
              ✗ a [1 pt]
                  sigmoid(1): got 0
                  hint: mind the sign
              … and 1 more failing check

            Progress: █░░░ 1/4 lessons complete
            Watching Exercises/: save a file to regrade its lesson; Ctrl-C to stop.
            """)
    }

    @Test func anUntouchedLessonPointsToItsREADME() {
        var progress = WatchProgress(lessons: [Samples.sigmoid], pinned: nil)
        progress.record([Self.result(Samples.sigmoid, .notStarted)])
        let renderer = ReportRenderer(style: TextStyle(colour: false), root: "/kit", failuresShown: 1)
        #expect(progress.screen(renderer: renderer, watching: "Exercises").hasPrefix("""
            02-sigmoid · not started · 0/1 points
              Read Exercises/02-sigmoid/README.md, then replace each unimplemented().
            """))
    }
}
