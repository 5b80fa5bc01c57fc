import Foundation

/// A grading run in Gradescope's `results.json` format
/// (https://gradescope-autograders.readthedocs.io/en/latest/specs/): one test per check, named
/// and numbered `lesson.check` ("2.3"), tagged with its lesson folder, its output in Markdown
/// (what was asked, what came back, what was expected, the hint). `make grade`, class grading
/// and `run_autograder` all write this format.
public struct GradescopeResults: Encodable, Equatable, Sendable {
    public let score: Int
    /// Not in Gradescope's schema (it sums the tests itself) but handy for other consumers.
    public let maxScore: Int
    /// Seconds the whole run took.
    public let executionTime: Int
    /// The score table and the isolation in force, shown above the tests.
    public let output: String
    public let outputFormat = "md"
    public let visibility = "visible"
    public let tests: [Test]

    /// One check.
    public struct Test: Encodable, Equatable, Sendable {
        public let name: String
        public let number: String
        public let score: Int
        public let maxScore: Int
        public let status: String
        public let output: String
        public let outputFormat = "md"
        public let tags: [String]
        public let visibility: String

        enum CodingKeys: String, CodingKey {
            case name, number, score, status, output, tags, visibility
            case maxScore = "max_score"
            case outputFormat = "output_format"
        }
    }

    enum CodingKeys: String, CodingKey {
        case score, output, visibility, tests
        case maxScore = "max_score"
        case executionTime = "execution_time"
        case outputFormat = "output_format"
    }

    /// `randomVisibility` is the visibility of the checks on `GRADE_SEED` points (those whose
    /// name says "random"), e.g. `after_due_date` so that students cannot tune to them; nil
    /// shows them like the rest.
    public init(results: [LessonResult], executionTime: Double, root: String, isolation: String,
                randomVisibility: String? = nil) {
        let renderer = ReportRenderer(style: TextStyle(colour: false), root: root)
        score = results.reduce(0) { $0 + $1.score }
        maxScore = results.reduce(0) { $0 + $1.maxScore }
        self.executionTime = Int(executionTime.rounded(.up))
        output = "```\n" + renderer.table(results) + "\n" + renderer.total(results) + "\n```\n\n" + isolation
        tests = results.flatMap { result in
            result.checks.enumerated().map { index, check in
                Test(name: "\(result.lesson.folder): \(check.check.name)",
                     number: "\(Int(result.lesson.number) ?? 0).\(index + 1)",
                     score: check.score, maxScore: check.maxScore,
                     status: check.outcome == .passed ? "passed" : "failed",
                     output: Self.output(check, in: result, renderer: renderer),
                     tags: [result.lesson.folder],
                     visibility: check.check.name.lowercased().contains("random") ? randomVisibility ?? "visible" : "visible")
            }
        }
    }

    /// What a student reads under one check.
    static func output(_ check: CheckResult, in result: LessonResult, renderer: ReportRenderer) -> String {
        switch check.outcome {
        case .passed:
            return "passed"
        case .failed(let failures):
            return failures.prefix(3).map { failure in
                "- `" + failure.message.replacingOccurrences(of: "`", with: "'") + "`"
                    + (failure.hint.map { "\n  - hint: \($0)" } ?? "")
            }.joined(separator: "\n") + (failures.count > 3 ? "\n- … and \(failures.count - 3) more" : "")
        case .interrupted, .notRun:
            switch result.status {
            case .notStarted: return "not started"
            case .doesNotCompile(let error):
                return "the lesson does not compile: `\(error.summary(relativeTo: renderer.root))`"
            default: return "not run: \(result.status.summary)"
            }
        }
    }

    /// Pretty-printed JSON, keys sorted so that two runs diff cleanly.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
