import CommandKit
@testable import Grader
import Testing

@Suite struct GradeOptionsTests {
    static func parse(_ words: [String], _ environment: [String: String] = [:]) throws -> GradeOptions {
        try GradeOptions(arguments: words, environment: environment)
    }

    @Test func lessonsGradesTheExercisesByDefault() throws {
        let options = try Self.parse(["lessons"])
        #expect(options.mode == .grade)
        #expect(options.implementation == .exercises)
        #expect(options.timeout == 5)
        #expect(options.lesson == nil && options.submission == nil)
    }

    @Test func optionsTakeValuesWithSpaceOrEquals() throws {
        let options = try Self.parse(["lessons", "--impl=solutions", "--lesson", "02", "--timeout=2.5"])
        #expect(options.implementation == .solutions)
        #expect(options.lesson == "02")
        #expect(options.timeout == 2.5)
        #expect(try Self.parse(["watch", "--watch-cycles", "3"]).watchCycles == 3)
        #expect(try Self.parse(["self-check"]).mode == .selfCheck)
        let grading = try Self.parse(["class", "subs", "--force", "--jobs", "3"])
        #expect((grading.mode, grading.classFolder, grading.force, grading.jobs) == (.gradeClass, "subs", true, 3))
        #expect(try Self.parse(["gradescope", "out.zip"]).zipFile == "out.zip")
        #expect(try Self.parse(["autograder", "--root", "/tmp/ag"]).autograderRoot == "/tmp/ag")
    }

    @Test func theTimeoutAndTheAutograderRootComeFromTheFlagThenTheEnvironment() throws {
        #expect(try Self.parse(["lessons"], ["GRADE_TIMEOUT": "7"]).timeout == 7)
        #expect(try Self.parse(["lessons", "--timeout", "3"], ["GRADE_TIMEOUT": "7"]).timeout == 3)
        #expect(try Self.parse(["autograder"], ["AUTOGRADER_ROOT": "/sim"]).autograderRoot == "/sim")
    }

    @Test func helpComesFromTheDeclarations() throws {
        let program = try Self.parse([])
        #expect(program.mode == .help)
        #expect(program.helpText.contains("self-check"))
        for words in [["class", "--help"], ["class", "-h"], ["help", "class"]] {
            let help = try Self.parse(words)
            #expect(help.mode == .help)
            #expect(help.helpText.hasPrefix("usage: grade class <DIR>"))
            #expect(help.helpText.contains("--jobs N"))
        }
    }

    @Test(arguments: [
        ["lessons", "--impl", "mine"], ["lessons", "--lesson"], ["lessons", "--timeout", "0"], ["lessons", "--timeout", "soon"],
        ["lessons", "--frobnicate"], ["lessons", "--submission", "x", "--impl", "solutions"], ["watch", "--submission", "x"],
        ["self-check", "--lesson", "2"], ["lessons", "--watch-cycles", "2"], ["watch", "--watch-cycles", "-1"],
        ["lesons"], ["class"], ["class", "a", "b"], ["lessons", "stray"], ["help", "nothing"], ["lessons", "--force"],
    ])
    func badCommandLinesAreUsageErrors(words: [String]) {
        #expect {
            try Self.parse(words)
        } throws: { error in
            (error as? CommandError)?.exitStatus == 2
        }
    }

    @Test func nearMissesAreSuggested() {
        #expect {
            try Self.parse(["lesons"])
        } throws: { error in
            "\(error)".contains("did you mean 'lessons'?")
        }
        #expect {
            try Self.parse(["class", "x", "--forc"])
        } throws: { error in
            "\(error)".contains("did you mean '--force'?")
        }
    }

    @Test func aBadEnvironmentTimeoutIsAUsageError() {
        #expect {
            try Self.parse(["lessons"], ["GRADE_TIMEOUT": "inf"])
        } throws: { error in
            (error as? CommandError)?.exitStatus == 2 && "\(error)".contains("GRADE_TIMEOUT")
        }
    }
}
