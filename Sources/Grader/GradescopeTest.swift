/// One entry of `results.json`'s `tests`: a lesson.
public struct GradescopeTest: Encodable, Equatable, Sendable {
    public let name: String
    public let number: String
    public let score: Int
    public let maxScore: Int
    /// `passed` or `failed`, which Gradescope shows as the test's colour.
    public let status: String
    /// The lesson's status and what to fix, as plain text.
    public let output: String
    public let visibility: String

    public init(name: String, number: String, score: Int, maxScore: Int, passed: Bool, output: String) {
        self.name = name
        self.number = number
        self.score = score
        self.maxScore = maxScore
        self.status = passed ? "passed" : "failed"
        self.output = output
        self.visibility = "visible"
    }

    enum CodingKeys: String, CodingKey {
        case name, number, score, status, output, visibility
        case maxScore = "max_score"
    }
}
