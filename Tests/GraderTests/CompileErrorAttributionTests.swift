@testable import Grader
import Testing

@Suite struct CompileErrorAttributionTests {
    /// Shaped like `swift build` output on Linux: progress lines, an unlocated summary, the
    /// errors with their source excerpts.
    static let log = """
        Building for debugging...
        [12/40] Compiling Lesson02Sigmoid Sigmoid.swift
        error: emit-module command failed with exit code 1 (use -v to see invocation)
        /kit/Exercises/02-sigmoid/Sigmoid.swift:10:18: error: cannot find 'exp' in scope
         8 |     public func callAsFunction(_ x: Float) -> Float {
        10 |         1 / (1 + exp(-x))
           |                  `- error: cannot find 'exp' in scope
        /kit/Exercises/02-sigmoid/Sigmoid.swift:14:9: error: cannot convert value of type 'Int' to 'Float'
        /kit/Exercises/02-sigmoid/Sigmoid.swift:3:1: warning: unused import
        /kit/Tests/Grading/10-vanishing-gradients/ChainTests.swift:7:20: error: value of type 'ScalarChain' has no member 'forward'
        error: link command failed with exit code 1 (use -v to see invocation)
        /kit/Tests/Grading/03-tanh/TanhTests.swift:11: error: undefined reference to '$s12Lesson03Tanh0B0VACycfC'
        """

    @Test func errorsAreParsedWithTheirLocations() {
        let errors = CompilerDiagnostic.errors(in: Self.log)
        #expect(errors.count == 4)
        #expect(errors.last == CompilerDiagnostic(file: "/kit/Tests/Grading/03-tanh/TanhTests.swift", line: 11,
                                                  column: 0, message: "undefined reference to '$s12Lesson03Tanh0B0VACycfC'"))
        #expect(errors.first == CompilerDiagnostic(file: "/kit/Exercises/02-sigmoid/Sigmoid.swift", line: 10,
                                                   column: 18, message: "cannot find 'exp' in scope"))
        #expect(errors[0].summary(relativeTo: "/kit") == "Exercises/02-sigmoid/Sigmoid.swift:10: cannot find 'exp' in scope")
        #expect(errors[0].summary(relativeTo: "/elsewhere") == "/kit/Exercises/02-sigmoid/Sigmoid.swift:10: cannot find 'exp' in scope")
        #expect(CompilerDiagnostic(file: "/kit/Exercises/03-tanh", line: 0, column: 0, message: "no .swift files")
                    .summary(relativeTo: "/kit/") == "Exercises/03-tanh: no .swift files")
    }

    @Test func eachLessonKeepsItsFirstError() {
        let attribution = CompileErrorAttribution(log: Self.log, lessons: Samples.lessons)
        #expect(attribution.firstError.keys.sorted() == ["02", "03", "10"])
        #expect(attribution.firstError["02"]?.line == 10)
        #expect(attribution.firstError["10"]?.message == "value of type 'ScalarChain' has no member 'forward'")
        #expect(attribution.unattributed.isEmpty)
        #expect(attribution.unlocated == ["error: emit-module command failed with exit code 1 (use -v to see invocation)",
                                          "error: link command failed with exit code 1 (use -v to see invocation)"])
    }

    @Test func anErrorOutsideEveryLessonIsNotAttributed() {
        let log = "/kit/Tests/GradingSupport/Check.swift:3:1: error: expected declaration\n"
        let attribution = CompileErrorAttribution(log: log, lessons: Samples.lessons)
        #expect(attribution.firstError.isEmpty)
        #expect(attribution.unattributed.map(\.file) == ["/kit/Tests/GradingSupport/Check.swift"])
    }

    @Test func theInnermostLessonFolderWins() {
        // A kit unpacked below a folder that happens to look like a lesson.
        let path = "/home/me/Solutions/01-warm-up/kit/Solutions/03-tanh/Tanh.swift"
        #expect(CompileErrorAttribution.lesson(containing: path, among: Samples.lessons) == Samples.tanh)
    }

    @Test func macroExpansionsAreAttributedByModuleName() {
        let path = "/tmp/swift-generated-sources/@__swiftmacro_22Lesson02SigmoidGrading6SuiteV4testfMp_.swift"
        #expect(CompileErrorAttribution.lesson(containing: path, among: Samples.lessons) == Samples.sigmoid)
        #expect(CompileErrorAttribution.lesson(containing: "/kit/Sources/ActivationCore/A.swift",
                                               among: Samples.lessons) == nil)
    }
}
