import Foundation
@testable import Grader
import Testing

@Suite struct MutantTests {
    static func mutant(_ lesson: Lesson, _ name: String) -> Mutant {
        Mutant(lesson: lesson, name: name, file: "F.swift", contents: Data(), mistake: name)
    }

    @Test func roundsHoldAtMostOneMutantPerLesson() {
        let a1 = Self.mutant(Samples.sigmoid, "a1"), a2 = Self.mutant(Samples.sigmoid, "a2")
        let a3 = Self.mutant(Samples.sigmoid, "a3"), b1 = Self.mutant(Samples.tanh, "b1")
        let c1 = Self.mutant(Samples.warmUp, "c1"), c2 = Self.mutant(Samples.warmUp, "c2")
        #expect(Mutant.rounds([a1, a2, a3, b1, c1, c2]) == [[a1, b1, c1], [a2, c2], [a3]])
        #expect(Mutant.rounds([]).isEmpty)
    }

    @Test func discoveryReadsTheMistakeAndRejectsBadLayouts() throws {
        let kit = try TemporaryFolder()
        try kit.write("struct Sigmoid {}", to: "Solutions/02-sigmoid/Sigmoid.swift")
        try kit.write("// Mistake: e^x instead of e^-x\nstruct Sigmoid {}", to: "Tests/Mutants/02-sigmoid/wrong-sign/Sigmoid.swift")
        try kit.write("struct Sigmoid {}", to: "Tests/Mutants/02-sigmoid/no-comment/Sigmoid.swift")
        try kit.write("// Mistake: x\n", to: "Tests/Mutants/02-sigmoid/wrong-file/Tanh.swift")
        try kit.write("// Mistake: x\n", to: "Tests/Mutants/99-nothing/x/X.swift")
        let (mutants, problems) = Mutant.discover(in: kit.url, lessons: Samples.lessons)
        #expect(mutants.map(\.name) == ["wrong-sign"])
        #expect(mutants.first?.mistake == "e^x instead of e^-x")
        #expect(mutants.first?.file == "Sigmoid.swift")
        #expect(problems == [
            "Tests/Mutants/02-sigmoid/no-comment/Sigmoid.swift must start with a '// Mistake: …' line",
            "Tests/Mutants/02-sigmoid/wrong-file/Tanh.swift replaces no file of Solutions/02-sigmoid",
            "Tests/Mutants/99-nothing is not a lesson folder",
        ])
    }

    @Test func fixturesExpectTheirVerdicts() {
        let noCrash = CrashReport(message: nil, location: nil)
        func result(_ status: LessonStatus, score: Bool = false) -> LessonResult {
            LessonResult(lesson: Samples.sigmoid, status: status,
                         checks: [Samples.check("a [1 pt]", score ? .passed : .failed([]))])
        }
        let error = CompilerDiagnostic(file: "f", line: 1, column: 1, message: "m")
        #expect(FixtureKind.compileError.problem(with: result(.doesNotCompile(error))) == nil)
        #expect(FixtureKind.crash.problem(with: result(.crashed(signal: 4, exitStatus: nil, check: nil, report: noCrash))) == nil)
        #expect(FixtureKind.crash.problem(with: result(.crashed(signal: nil, exitStatus: 0, check: nil, report: noCrash))) != nil)
        #expect(FixtureKind.hang.problem(with: result(.timedOut(seconds: 3, check: nil))) == nil)
        #expect(FixtureKind.nan.problem(with: result(.failing(1))) == nil)
        #expect(FixtureKind.nan.problem(with: result(.notStarted)) != nil)
        #expect(FixtureKind.hang.problem(with: result(.passed, score: true))
                == "the hang fixture in 02-sigmoid was graded 1/1, passed; expected timed out")
        // Hostile code that answers right keeps everything; code whose attack stops it answering loses.
        for kind in [FixtureKind.detached, .writesKit, .forkBomb, .outputBomb] {
            #expect(kind.problem(with: result(.passed, score: true)) == nil)
            #expect(kind.problem(with: result(.failing(1))) != nil)
        }
        #expect(FixtureKind.forgedOutput.problem(with: result(.failing(1))) == nil)
        #expect(FixtureKind.forgedOutput.problem(with: result(.crashed(signal: nil, exitStatus: nil, check: nil, report: noCrash))) == nil)
        #expect(FixtureKind.forgedOutput.problem(with: result(.passed, score: true)) != nil)
        #expect(FixtureKind.exitsEarly.problem(with: result(.crashed(signal: nil, exitStatus: 0, check: nil, report: noCrash))) == nil)
        #expect(FixtureKind.memoryBomb.problem(with: result(.crashed(signal: 6, exitStatus: nil, check: nil, report: noCrash))) == nil)
    }
}
