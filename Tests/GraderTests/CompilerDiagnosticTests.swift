import Foundation
@testable import Grader
import Testing

@Suite struct CompilerDiagnosticTests {
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

    @Test func anErrorIsShownRelativeToTheFolderItWasCompiledIn() {
        let error = CompilerDiagnostic(file: "/work/sources/02-sigmoid/Sigmoid.swift", line: 3, column: 1, message: "boom")
        #expect(error.relative(to: URL(fileURLWithPath: "/work/sources")).file == "02-sigmoid/Sigmoid.swift")
        #expect(error.relative(to: URL(fileURLWithPath: "/elsewhere")) == error)
    }
}
