// Everything in LabEngine that the compiler cannot check for us lives in this file: the
// threads, the lock-free worker team, and the closures handed to other threads. The rest of the
// engine is ordinary single-threaded Swift on pointers (whose accesses are not bounds-checked:
// the kernels' index arithmetic is what the ReferenceNetwork tests and AddressSanitizer check).
//
// The contract, which every caller of `Parallel.run` keeps:
//
// 1. Part p of a job writes only memory no other part of the same job touches (its own tiles
//    of the output), and reads only memory no part writes. Then no two threads ever race.
// 2. `Parallel.run` returns only when every part has finished, so the job's closure, and all it
//    captures (layers, buffers, pointers), outlive every use on another thread: that is what
//    makes handing a non-`Sendable`, non-escaping closure to the workers sound.
// 3. What a part computes depends only on the part's index and its inputs, never on which
//    thread runs it or on how many parts run at once: every sum has one fixed order. So the
//    results are bit-identical run to run and whatever the number of workers (tested in
//    TrainerTests.sameResultsWithAnyNumberOfWorkers).
//
// `make sanitize` runs the engine's tests under ThreadSanitizer and AddressSanitizer.

import Dispatch
import Foundation
#if os(Linux)
import Synchronization
#endif

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

    /// Runs `body(part)` for every part in `0..<parts`, concurrently when `parts > 1`, under
    /// the contract at the top of this file.
    ///
    /// On Linux the parts go to `WorkerTeam.shared`, whose spinning workers start within a
    /// fraction of a microsecond; when another caller holds the team, this caller runs its
    /// parts itself, in order (the same results, as every part is independent of the others).
    static func run(parts: Int, _ body: (Int) -> Void) {
        if parts <= 1 {
            body(0)
            return
        }
        // Sound by the contract: the parts touch disjoint memory, and `body` is not used after
        // this function returns, which happens only once every part is done.
        withoutActuallyEscaping(body) { body in
            let shared = UncheckedSendable(body)
            let job: @Sendable (Int) -> Void = { shared.value($0) }
            #if os(Linux)
            if !WorkerTeam.shared.run(parts: parts, job) {
                for part in 0..<parts { job(part) }
            }
            #else
            DispatchQueue.concurrentPerform(iterations: parts, execute: job)
            #endif
        }
    }

    /// The number of parts worth using for a job of `work` multiply-adds split into `pieces`,
    /// at most `limit` (a network's `parallelism`).
    static func parts(work: Int, pieces: Int, limit: Int = parts) -> Int {
        work < minimumWork ? 1 : max(1, min(limit, pieces, 8))
    }

    /// The `part`-th of `parts` nearly equal contiguous pieces of `0..<count`.
    static func range(_ part: Int, of parts: Int, count: Int) -> Range<Int> {
        (count * part / parts)..<(count * (part + 1) / parts)
    }
}

/// A value handed to other threads on the strength of the contract above, not of its type.
private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}

#if os(Linux)
/// Persistent worker threads that wait for work by spinning, so that handing a job to another
/// core costs well under a microsecond.
///
/// A training step of the articles' networks is short (`lab bench` prints how short) and splits
/// into a few parallel phases; `DispatchQueue.concurrentPerform` wakes a pool thread for each of
/// them through the kernel, which on a busy machine often costs more than the phase itself
/// (the second core then barely helps). Here each worker spins on a job counter for a
/// while after its last job (`spinNanoseconds`, far longer than the gap between two phases of a
/// step) and only then blocks on a condition variable, so it costs nothing when idle.
///
/// Part p of every job is run by the same thread whenever possible (the caller takes part 0,
/// worker w part w), so that a layer's columns stay in one core's cache from phase to phase and
/// step to step. But the machine may be shared, so no thread ever waits for a particular other
/// thread to start: a thread done with its own part claims any part nobody has taken yet (when a
/// worker is not scheduled, the caller simply runs its part too), and every waiting loop yields
/// the core now and then. Each part runs exactly once, and `Parallel`'s parts are independent of
/// who runs them, so the results never change.
///
/// One caller at a time owns the team; a caller that finds it busy (another thread's job, or a
/// job started from inside a job) gets `false` and runs its parts itself. Linux only: `Atomic`
/// needs macOS 15 on Darwin, where Dispatch's pool is the cheaper fallback anyway.
final class WorkerTeam: @unchecked Sendable {
    /// The team for `Parallel.parts`: one worker per core besides the caller's.
    static let shared = WorkerTeam(workers: Parallel.parts - 1)

    /// How long an idle worker spins before it blocks.
    static let spinNanoseconds: UInt64 = 1_000_000

    private let workers: Int
    /// Set while a caller owns the team.
    private let busy = Atomic<Bool>(false)
    /// The current job's number, part count and claimed parts, packed as
    /// `job << 16 | parts << 8 | claimed` (bit p of `claimed` set once part p is taken) so that
    /// a thread claims a part of the job it saw with one compare-and-swap (a thread that saw an
    /// older job fails it).
    private let state = Atomic<Int>(0)
    /// Parts of the current job that are finished.
    private let done = Atomic<Int>(0)
    /// Workers blocked (or about to block) on `condition`.
    private let sleepers = Atomic<Int>(0)
    private let condition = NSCondition()
    /// The current job: written by the owner before it publishes `state`, read by a worker only
    /// once it has claimed one of the job's parts (so the owner is still waiting for it).
    private var job: (@Sendable (Int) -> Void)?

    init(workers: Int) {
        self.workers = workers
        for index in stride(from: 1, through: workers, by: 1) {
            let thread = Thread { [self] in work(index: index) }
            thread.name = "LabEngine worker \(index)"
            thread.start()
        }
    }

    /// Runs `body(part)` for every part in `0..<parts` (at most 8), on the caller and the
    /// workers; returns false, having run nothing, when the team is already busy.
    func run(parts: Int, _ body: @Sendable (Int) -> Void) -> Bool {
        precondition(parts <= 8, "too many parts")
        guard workers > 0, busy.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else {
            return false
        }
        withoutActuallyEscaping(body) { body in
            job = body
            done.store(0, ordering: .relaxed)
            let number = (state.load(ordering: .relaxed) >> 16 + 1) & 0xFFFF_FFFF
            state.store(number << 16 | parts << 8, ordering: .sequentiallyConsistent)
            if sleepers.load(ordering: .sequentiallyConsistent) > 0 {
                condition.lock()
                condition.broadcast()
                condition.unlock()
            }
            while let part = claim(job: number, preferring: 0) {
                body(part)
                done.wrappingAdd(1, ordering: .releasing)
            }
            var spins = 0
            while done.load(ordering: .acquiring) < parts { Self.pause(&spins) }
            job = nil
        }
        busy.store(false, ordering: .releasing)
        return true
    }

    /// Claims part `own` of job `number` if it is still free, else the first free part; nil
    /// when every part is taken (or a newer job is out).
    private func claim(job number: Int, preferring own: Int) -> Int? {
        var current = state.load(ordering: .acquiring)
        while current >> 16 == number {
            let free = ~current & ((1 << ((current >> 8) & 0xFF)) - 1)
            if free == 0 { return nil }
            let part = free & (1 << own) != 0 ? own : free.trailingZeroBitCount
            let (exchanged, original) = state.compareExchange(
                expected: current, desired: current | 1 << part, ordering: .acquiringAndReleasing)
            if exchanged { return part }
            current = original
        }
        return nil
    }

    private func work(index: Int) {
        var seen = 0
        while true {
            seen = nextJob(after: seen)
            while let part = claim(job: seen, preferring: index) {
                perform(part: part)
                done.wrappingAdd(1, ordering: .releasing)
            }
        }
    }

    /// Runs one claimed part. Not inlined so that the worker's reference to the job is released
    /// before the part is reported done: `run` checks that nothing outlives its closure.
    @inline(never)
    private func perform(part: Int) {
        job!(part)
    }

    /// Waits until a job newer than `seen` is published and returns its number: spins, then
    /// blocks.
    private func nextJob(after seen: Int) -> Int {
        let deadline = DispatchTime.now().uptimeNanoseconds + Self.spinNanoseconds
        var spins = 0
        while true {
            let current = state.load(ordering: .acquiring) >> 16
            if current != seen { return current }
            Self.pause(&spins)
            if spins & 1023 == 0 && DispatchTime.now().uptimeNanoseconds > deadline { break }
        }
        // The owner publishes `state` before it reads `sleepers`, and a worker counts itself in
        // `sleepers` before it reads `state` (all sequentially consistent): one of the two sees
        // the other's write, so a job is never missed.
        condition.lock()
        sleepers.wrappingAdd(1, ordering: .sequentiallyConsistent)
        while state.load(ordering: .sequentiallyConsistent) >> 16 == seen { condition.wait() }
        sleepers.wrappingSubtract(1, ordering: .sequentiallyConsistent)
        condition.unlock()
        return state.load(ordering: .acquiring) >> 16
    }

    /// One turn of a waiting loop: every 128th turn, the core is given to any other runnable
    /// thread (on a busy machine, likely the very thread being waited for). (x86's `pause` hint
    /// would be the other half, but Swift has no spelling for it, and its LLVM intrinsic does not
    /// compile under ThreadSanitizer.)
    @inline(__always)
    private static func pause(_ spins: inout Int) {
        spins &+= 1
        if spins & 127 == 0 { sched_yield() }
    }
}
#endif
