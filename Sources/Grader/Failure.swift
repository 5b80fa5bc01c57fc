/// One recorded issue of a failing check, split the way the grading contract writes it:
/// `<what happened> | hint: <hint>`.
public struct Failure: Equatable, Sendable {
    /// What went wrong, e.g. `sigmoid(-100): got 0, expected 3.72007598e-44 (1.1e9 ulps)`.
    public let message: String
    /// How to fix it, when the suite gave a hint.
    public let hint: String?

    public init(message: String, hint: String?) {
        self.message = message
        self.hint = hint
    }

    /// Splits an issue's text at the first ` | hint: `.
    public init(issueText: String) {
        if let range = issueText.range(of: " | hint: ") {
            self.init(message: String(issueText[..<range.lowerBound]),
                      hint: String(issueText[range.upperBound...]))
        } else {
            self.init(message: issueText, hint: nil)
        }
    }
}
