@testable import Grader
import Testing

@Suite struct GradeOptionsTests {
    static func parse(_ words: [String], _ environment: [String: String] = [:]) throws -> GradeOptions {
        try GradeOptions(arguments: words, environment: environment)
    }

    @Test func defaultsGradeTheExercises() throws {
        let options = try Self.parse([])
        #expect(options.mode == .grade)
        #expect(options.implementation == .exercises)
        #expect(options.timeout == 5)
        #expect(options.lesson == nil && options.submission == nil)
    }

    @Test func flagsTakeValuesWithSpaceOrEquals() throws {
        let options = try Self.parse(["--impl=solutions", "--lesson", "02", "--timeout=2.5"])
        #expect(options.implementation == .solutions)
        #expect(options.lesson == "02")
        #expect(options.timeout == 2.5)
        #expect(try Self.parse(["--watch", "--watch-cycles", "3"]).watchCycles == 3)
        #expect(try Self.parse(["--self-check"]).mode == .selfCheck)
    }

    @Test func theTimeoutComesFromTheFlagThenTheEnvironment() throws {
        #expect(try Self.parse([], ["GRADE_TIMEOUT": "7"]).timeout == 7)
        #expect(try Self.parse(["--timeout", "3"], ["GRADE_TIMEOUT": "7"]).timeout == 3)
    }

    @Test(arguments: [
        ["--impl", "mine"], ["--lesson"], ["--timeout", "0"], ["--timeout", "soon"], ["--frobnicate"],
        ["--submission", "x", "--impl", "solutions"], ["--watch", "--submission", "x"],
        ["--self-check", "--lesson", "2"], ["--watch-cycles", "2"], ["--watch", "--watch-cycles", "-1"],
    ])
    func badCommandLinesAreUsageErrors(words: [String]) {
        #expect {
            try Self.parse(words)
        } throws: { error in
            (error as? GradeError)?.exitStatus == 2
        }
    }

    @Test func aBadEnvironmentTimeoutIsAUsageError() {
        #expect(throws: GradeError.usage("GRADE_TIMEOUT expects a positive number of seconds, got 'inf'")) {
            try Self.parse([], ["GRADE_TIMEOUT": "inf"])
        }
    }
}
