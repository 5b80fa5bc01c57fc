import GradingSupport
import Testing

/// The largest ulp error seen for one result of one function, and the input where it occurred;
/// it also turns a too-large error into a Swift Testing issue that names everything needed to
/// reproduce it.
struct WorstError: CustomStringConvertible {
    /// What every Solution must meet: within 4 ulps of the correctly rounded value, NaN exactly
    /// where NaN is expected, ±∞ exactly where ±∞ is expected and a finite number elsewhere.
    static let allowedUlps: UInt64 = 4

    /// How many failures are reported one by one; `finish()` summarises the rest, so a broken
    /// function shows a few telling inputs instead of hundreds of issues.
    static let shownFailures = 5

    private(set) var ulps: UInt64 = 0
    private(set) var input: String = "-"
    private(set) var failures = 0

    /// Compares `got` with `expected` for `what` (e.g. `sigmoid′(x = 3)`), records an issue when
    /// it is out of bounds, and remembers the distance if it is the worst so far.
    mutating func check(_ got: Float, _ expected: Float, _ what: @autoclosure () -> String,
                        at place: @autoclosure () -> String,
                        sourceLocation: SourceLocation = #_sourceLocation) {
        let distance = ulpDistance(got, expected)
        let sameKind = expected.isFinite ? got.isFinite : distance == 0
        if distance > Self.allowedUlps || !sameKind {
            failures += 1
        }
        if (distance > Self.allowedUlps || !sameKind) && failures <= Self.shownFailures {
            let off = distance == .max ? "NaN mismatch" : "\(distance) ulps"
            Issue.record("\(what()): got \(got), expected \(expected) (\(off), \(Self.allowedUlps) allowed)",
                         sourceLocation: sourceLocation)
        }
        if distance > ulps || input == "-" {
            ulps = distance
            input = place()
        }
    }

    /// Records one issue summarising the failures that `check` did not report one by one.
    func finish(_ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if failures > Self.shownFailures {
            Issue.record("\(what): \(failures - Self.shownFailures) more failures (worst: \(self))",
                         sourceLocation: sourceLocation)
        }
    }

    var description: String {
        switch ulps {
        case 0: "0 ulps (correctly rounded everywhere)"
        case .max: "NaN mismatch at \(input)"
        default: "\(ulps) ulp\(ulps == 1 ? "" : "s") at \(input)"
        }
    }
}
