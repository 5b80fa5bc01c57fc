import Dispatch
import Foundation

/// Splits work over the CPU cores with a fixed partition.
///
/// Each part owns a disjoint slice of the output and computes every element of it in one fixed
/// order, so the results are bit-identical however the threads are scheduled and however many
/// cores there are: no sum ever depends on which thread finished first or on the part count.
enum Parallel {
    /// How many parts a large job is cut into: one per active core, at most 8.
    static let parts = max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))

    /// Below this many multiply-adds a job runs on the calling thread: waking a second core
    /// costs a few microseconds, more than small layers take.
    static let minimumWork = 1_000_000

    /// Runs `body(part)` for every part in `0..<parts`, concurrently when `parts > 1`.
    ///
    /// On Linux the parts go to `WorkerTeam.shared`, whose spinning workers start within a
    /// fraction of a microsecond; when another caller holds the team, this caller runs its
    /// parts itself, in order (the same results, as every part is independent of the others).
    static func run(parts: Int, _ body: @Sendable (Int) -> Void) {
        if parts <= 1 {
            body(0)
        } else {
            #if os(Linux)
            if !WorkerTeam.shared.run(parts: parts, body) {
                for part in 0..<parts { body(part) }
            }
            #else
            DispatchQueue.concurrentPerform(iterations: parts, execute: body)
            #endif
        }
    }

    /// The number of parts worth using for a job of `work` multiply-adds split into `pieces`.
    static func parts(work: Int, pieces: Int) -> Int {
        work < minimumWork ? 1 : max(1, min(parts, pieces))
    }

    /// The `part`-th of `parts` nearly equal contiguous pieces of `0..<count`.
    static func range(_ part: Int, of parts: Int, count: Int) -> Range<Int> {
        (count * part / parts)..<(count * (part + 1) / parts)
    }
}
