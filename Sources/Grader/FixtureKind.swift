import Foundation

/// The broken and hostile submissions the self-check grades, by the folder that holds each
/// under `Tests/GraderFixtures/`, and what the grader must make of each.
///
/// The hostile ones follow the threat model: a submission's code can print anything, exit at
/// any moment, fork, allocate, write files and leave processes behind. Each must get exactly
/// what its answers earn: full marks where it answers correctly besides the attack, and fewer
/// points, with the failure named, where the attack stops it answering.
public enum FixtureKind: String, CaseIterable, Sendable {
    /// A lesson file with a type error: only that lesson reads "does not compile".
    case compileError = "compile-error"
    /// A trap (an index out of range): "crashed (signal …)", the other lessons unharmed.
    case crash
    /// An endless loop: "timed out", killed after the short timeout the self-check sets.
    case hang
    /// Code that returns NaN: plain failing checks, no crash, no points.
    case nan
    /// Wrong answers (a constant) plus forged Swift Testing output and a forged results.json:
    /// graded on its answers alone.
    case forgedOutput = "forged-output"
    /// Calls exit(0) whenever asked: "crashed (exited early with status 0)", that function's
    /// checks lost and the lesson's other functions' kept.
    case exitsEarly = "exits-early"
    /// Right answers, and a detached process (double fork, new session) that tries to rewrite
    /// the results after grading: full marks, and results unchanged.
    case detached
    /// Right answers, and writes into the kit (found from `#filePath`): full marks, kit unchanged.
    case writesKit = "writes-kit"
    /// Right answers after a bounded fork bomb: full marks, nothing left running.
    case forkBomb = "fork-bomb"
    /// Allocates far more memory than allowed on its first answer: crashed, not full marks.
    case memoryBomb = "memory-bomb"
    /// Writes a file far larger than allowed before answering: crashed, not full marks.
    case diskBomb = "disk-bomb"
    /// Prints megabytes to both output streams, then answers right: full marks.
    case outputBomb = "output-bomb"

    /// Nil if `result` is what this kind of code must get, else what is wrong with it.
    public func problem(with result: LessonResult) -> String? {
        let full = result.score == result.maxScore && result.status == .passed
        let expected: Bool
        switch (self, result.status) {
        case (.compileError, .doesNotCompile): expected = true
        case (.crash, .crashed(let signal?, _, _, _)): expected = signal > 0
        case (.hang, .timedOut): expected = true
        case (.nan, .failing): expected = result.score == 0
        case (.forgedOutput, .failing): expected = result.score < result.maxScore
        case (.exitsEarly, .crashed(_, 0?, _, _)): expected = result.score < result.maxScore
        case (.detached, _), (.writesKit, _), (.forkBomb, _), (.outputBomb, _): expected = full
        case (.memoryBomb, .crashed), (.diskBomb, .crashed): expected = result.score < result.maxScore
        default: expected = false
        }
        return expected ? nil : "the \(rawValue) fixture in \(result.lesson.folder) was graded " +
            "\(result.score)/\(result.maxScore), \(result.status.summary); expected \(expectation)"
    }

    /// The expected verdict, in words.
    public var expectation: String {
        switch self {
        case .compileError: "does not compile"
        case .crash: "crashed (signal …)"
        case .hang: "timed out"
        case .nan: "0 points, checks failing (no crash)"
        case .forgedOutput: "failing checks, graded on its answers only"
        case .exitsEarly: "crashed (exited early with status 0), the function's checks lost"
        case .detached, .writesKit, .forkBomb, .outputBomb: "full marks, and no effect outside its sandbox"
        case .memoryBomb, .diskBomb: "crashed, fewer than full marks"
        }
    }
}
