@testable import Grader
import Testing

@Suite struct ReportRendererTests {
    static let failure = Failure(message: "sigmoid(1): got 0.5, expected 0.731058598", hint: "check the sign of the exponent")
    static let results = [
        LessonResult(lesson: Samples.warmUp, status: .passed,
                     checks: [Samples.check("identity is x [3 pts]", .passed)]),
        LessonResult(lesson: Samples.sigmoid, status: .failing(4), checks: [
            Samples.check("sigmoid(0) is one half [1 pt]", .passed),
            Samples.check("sigmoid matches on moderate inputs [2 pts]", .failed([failure, Failure(message: "second", hint: nil)])),
            Samples.check("b [1 pt]", .failed([Failure(message: "b is wrong", hint: nil)])),
            Samples.check("c [1 pt]", .failed([Failure(message: "c is wrong", hint: "c hint")])),
            Samples.check("d [1 pt]", .failed([Failure(message: "d is wrong", hint: nil)])),
        ]),
        LessonResult.uncompiled(Samples.tanh, error: CompilerDiagnostic(
            file: "/kit/Exercises/03-tanh/Tanh.swift", line: 9, column: 5, message: "cannot find 'exp' in scope"),
            checks: [GradedCheck(name: "tanh [10 pts]")]),
        LessonResult(lesson: Samples.vanishing, status: .notStarted,
                     checks: [Samples.check("forward [2 pts]", .failed([failure]))]),
    ]

    @Test func theReportWithoutColour() {
        let report = ReportRenderer(style: TextStyle(colour: false), root: "/kit").report(Self.results)
        #expect(report == """
            Lesson                  Points  Status
            01-warm-up                 3/3  passed
            02-sigmoid                 1/6  4 checks failing
            03-tanh                   0/10  does not compile
            10-vanishing-gradients     0/2  not started

            02-sigmoid
              ✗ sigmoid matches on moderate inputs [2 pts]
                  sigmoid(1): got 0.5, expected 0.731058598
                  hint: check the sign of the exponent
              ✗ b [1 pt]
                  b is wrong
              ✗ c [1 pt]
                  c is wrong
                  hint: c hint
              … and 1 more failing check

            03-tanh
              Exercises/03-tanh/Tanh.swift:9: cannot find 'exp' in scope
              hint: nothing in this lesson can be graded until it compiles

            Total: 4/21 points · 1/4 lessons complete
            Next: 02-sigmoid — read Exercises/02-sigmoid/README.md, then run `make watch LESSON=02`.
            """)
    }

    @Test func onceEveryLessonPassesTheNextStepIsTheExperiments() {
        let renderer = ReportRenderer(style: TextStyle(colour: false), root: "/kit")
        #expect(renderer.next([Self.results[0]])
                == "Every graded lesson passes: see your activations train with `swift run -c release lab experiment custom`.")
    }

    @Test func colourOnlyWhenAsked() {
        let plain = ReportRenderer(style: TextStyle(colour: false), root: "/kit").table(Self.results)
        let coloured = ReportRenderer(style: TextStyle(colour: true), root: "/kit").table(Self.results)
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}[32mpassed\u{1B}[0m"))
    }

    @Test func noColourWhenNO_COLORIsSet() {
        // Whatever stdout is, a non-empty NO_COLOR turns colour off.
        #expect(!TextStyle.forStandardOutput(environment: ["NO_COLOR": "1"]).colour)
    }

    @Test func crashesAndTimeoutsSayWhereAndKeepTheEarlierFailures() {
        let report = CrashReport(message: "Fatal error: Index out of range", location: "Exercises/03-tanh/Tanh.swift:11")
        let crashed = LessonResult(
            lesson: Samples.tanh, status: .crashed(signal: 4, exitStatus: nil, check: "tanh tails [2 pts]", report: report),
            checks: [Samples.check("tanh zero [1 pt]", .failed([Failure(message: "tanh(0): got 1", hint: "tanh(0) = 0")])),
                     Samples.check("tanh tails [2 pts]", .interrupted)])
        let renderer = ReportRenderer(style: TextStyle(colour: false), root: "/kit")
        #expect(renderer.details(crashed) == [
            "crashed in “tanh tails [2 pts]”: Fatal error: Index out of range (Exercises/03-tanh/Tanh.swift:11)",
            "hint: the checks that do not reach the crashing input keep their points",
            "✗ tanh zero [1 pt]",
            "    tanh(0): got 1",
            "    hint: tanh(0) = 0",
        ])
        let hung = LessonResult(lesson: Samples.tanh, status: .timedOut(seconds: 20, check: "tanh tails [2 pts]"),
                                checks: [Samples.check("tanh tails [2 pts]", .interrupted)])
        #expect(renderer.details(hung) == [
            "“tanh tails [2 pts]” got no answer within 20 s",
            "hint: look for a loop that never ends; the checks that got their answers keep their points",
        ])
    }

    @Test func anErrorInTheSuiteSaysTheAPIChanged() {
        let error = CompilerDiagnostic(file: "/kit/Tests/Grading/02-sigmoid/SigmoidTests.swift", line: 12, column: 9,
                                       message: "value of type 'Sigmoid' has no member 'derivative'")
        let result = LessonResult.uncompiled(Samples.sigmoid, error: error, checks: [])
        #expect(ReportRenderer(style: TextStyle(colour: false), root: "/kit").details(result) == [
            "Tests/Grading/02-sigmoid/SigmoidTests.swift:12: value of type 'Sigmoid' has no member 'derivative'",
            "hint: the checks cannot call your code: keep the names and signatures the stub declared",
        ])
    }
}
