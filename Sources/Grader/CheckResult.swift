/// A check together with how it ended.
public struct CheckResult: Equatable, Sendable {
    public let check: Check
    public let outcome: CheckOutcome

    public init(check: Check, outcome: CheckOutcome) {
        self.check = check
        self.outcome = outcome
    }

    /// The points earned: all of them iff the check passed (the contract has no partial credit).
    public var score: Int {
        outcome == .passed ? maxScore : 0
    }

    /// The points at stake; a check without points in its name is worth nothing.
    public var maxScore: Int {
        check.points ?? 0
    }
}
