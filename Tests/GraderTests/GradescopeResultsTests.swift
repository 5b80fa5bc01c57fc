import Foundation
@testable import Grader
import Testing

@Suite struct GradescopeResultsTests {
    @Test func theJSONHasGradescopesShape() throws {
        let results = GradescopeResults(results: ReportRendererTests.results, executionTime: 41.2, root: "/kit")
        let json = try #require(try JSONSerialization.jsonObject(with: results.json()) as? [String: Any])
        #expect(json["score"] as? Int == 4)
        #expect(json["max_score"] as? Int == 21)
        #expect(json["execution_time"] as? Int == 42)
        #expect(json["visibility"] as? String == "visible")
        let tests = try #require(json["tests"] as? [[String: Any]])
        #expect(tests.map { $0["name"] as? String } == ["01-warm-up", "02-sigmoid", "03-tanh", "10-vanishing-gradients"])
        #expect(tests.map { $0["number"] as? String } == ["01", "02", "03", "10"])
        #expect(tests.map { $0["score"] as? Int } == [3, 1, 0, 0])
        #expect(tests.map { $0["max_score"] as? Int } == [3, 6, 10, 2])
        #expect(tests.map { $0["status"] as? String } == ["passed", "failed", "failed", "failed"])
        #expect(tests.allSatisfy { $0["visibility"] as? String == "visible" })
        let output = try #require(tests[2]["output"] as? String)
        #expect(output == "does not compile\nExercises/03-tanh/Tanh.swift:9: cannot find 'exp' in scope\n"
                + "hint: nothing in this lesson can be graded until it compiles")
    }
}
