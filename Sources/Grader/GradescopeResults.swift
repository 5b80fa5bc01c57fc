import Foundation

/// The run's results in Gradescope's `results.json` format
/// (https://gradescope-autograders.readthedocs.io/en/latest/specs/), one test entry per lesson,
/// so that the same `grade --submission` run can serve as an autograder.
public struct GradescopeResults: Encodable, Equatable, Sendable {
    public let score: Int
    /// Not in Gradescope's schema (it sums the tests itself) but handy for other consumers.
    public let maxScore: Int
    /// Seconds the whole run took.
    public let executionTime: Int
    /// The total line, shown above the tests.
    public let output: String
    public let visibility: String
    public let tests: [GradescopeTest]

    enum CodingKeys: String, CodingKey {
        case score, output, visibility, tests
        case maxScore = "max_score"
        case executionTime = "execution_time"
    }

    /// The results as plain text (no colour codes: Gradescope shows them verbatim).
    public init(results: [LessonResult], executionTime: Double, root: String) {
        let renderer = ReportRenderer(style: TextStyle(colour: false), root: root)
        score = results.reduce(0) { $0 + $1.score }
        maxScore = results.reduce(0) { $0 + $1.maxScore }
        self.executionTime = Int(executionTime.rounded(.up))
        output = renderer.total(results)
        visibility = "visible"
        tests = results.map { result in
            GradescopeTest(name: result.lesson.folder, number: result.lesson.number,
                           score: result.score, maxScore: result.maxScore,
                           passed: result.status.isComplete,
                           output: ([result.status.summary] + renderer.details(result))
                               .joined(separator: "\n"))
        }
    }

    /// Pretty-printed JSON, keys sorted so that two runs diff cleanly.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
