import Testing

/// The failures of one graded check, reported the way the grading contract requires.
///
/// A check passes when it records nothing. Every failure becomes one Swift Testing issue whose
/// text is `<what happened> | hint: <hint>`; after three of them the rest are summarised in one
/// `… and N more failing inputs` issue, so that a wrong function shows a few telling inputs
/// instead of a wall of text. The grader splits each issue at ` | hint: `.
public struct Check {
    /// How many failures are shown one by one before the summary line.
    public static let shownFailures = 3

    private var shown: [(what: String, hint: String)] = []
    private var hiddenCount = 0
    private var hiddenHint = ""

    private init() {}

    /// Records one failing input: `what` says what happened, `hint` what probably causes it.
    public mutating func fail(_ what: String, hint: String) {
        if shown.count < Self.shownFailures {
            shown.append((what, hint))
        } else {
            if hiddenCount == 0 { hiddenHint = hint }
            hiddenCount += 1
        }
    }

    /// Runs `body` as one check and records its failures as issues at the caller's location.
    public static func run(
        sourceLocation: SourceLocation = #_sourceLocation, _ body: (inout Check) -> Void
    ) {
        var check = Check()
        body(&check)
        for failure in check.shown {
            Issue.record(Comment(rawValue: "\(failure.what) | hint: \(failure.hint)"),
                         sourceLocation: sourceLocation)
        }
        if check.hiddenCount > 0 {
            let inputs = check.hiddenCount == 1 ? "input" : "inputs"
            Issue.record(
                Comment(rawValue: "… and \(check.hiddenCount) more failing \(inputs) | hint: \(check.hiddenHint)"),
                sourceLocation: sourceLocation)
        }
    }
}
