import Foundation
@testable import Grader
import Testing

@Suite struct GradescopeResultsTests {
    @Test func everyCheckIsATestNumberedLessonDotCheck() throws {
        let results = GradescopeResults(results: ReportRendererTests.results, executionTime: 41.2, root: "/kit",
                                        isolation: "Isolation: a test.")
        let json = try #require(try JSONSerialization.jsonObject(with: results.json()) as? [String: Any])
        #expect(json["score"] as? Int == 4)
        #expect(json["max_score"] as? Int == 21)
        #expect(json["execution_time"] as? Int == 42)
        #expect(json["visibility"] as? String == "visible")
        #expect(json["output_format"] as? String == "md")
        #expect((json["output"] as? String)?.contains("Isolation: a test.") == true)
        let tests = try #require(json["tests"] as? [[String: Any]])
        #expect(tests.map { $0["number"] as? String } == ["1.1", "2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "10.1"])
        #expect(tests.map { $0["score"] as? Int } == [3, 1, 0, 0, 0, 0, 0, 0])
        #expect(tests.map { $0["max_score"] as? Int } == [3, 1, 2, 1, 1, 1, 10, 2])
        #expect(tests.map { $0["status"] as? String } == ["passed", "passed", "failed", "failed", "failed", "failed",
                                                          "failed", "failed"])
        #expect(tests.map { ($0["tags"] as? [String])?.first } == ["01-warm-up", "02-sigmoid", "02-sigmoid", "02-sigmoid",
                                                                   "02-sigmoid", "02-sigmoid", "03-tanh", "10-vanishing-gradients"])
        #expect(tests.allSatisfy { $0["output_format"] as? String == "md" && $0["visibility"] as? String == "visible" })
        #expect(tests[0]["name"] as? String == "01-warm-up: identity is x [3 pts]")
        #expect(tests[2]["output"] as? String == "- `sigmoid(1): got 0.5, expected 0.731058598`\n  - hint: check the sign of the exponent\n- `second`")
        #expect(tests[6]["output"] as? String == "the lesson does not compile: `Exercises/03-tanh/Tanh.swift:9: cannot find 'exp' in scope`")
    }

    @Test func randomPointChecksCanWaitForTheDueDate() throws {
        let result = LessonResult(lesson: Samples.sigmoid, status: .passed,
                                  checks: [Samples.check("sigmoid matches an independent oracle at random points [2 pts]", .passed),
                                           Samples.check("sigmoid(0) [1 pt]", .passed)])
        let hidden = GradescopeResults(results: [result], executionTime: 1, root: "/kit", isolation: "", randomVisibility: "after_due_date")
        #expect(hidden.tests.map(\.visibility) == ["after_due_date", "visible"])
        let shown = GradescopeResults(results: [result], executionTime: 1, root: "/kit", isolation: "")
        #expect(shown.tests.map(\.visibility) == ["visible", "visible"])
    }
}
