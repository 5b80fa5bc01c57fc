import Testing
@testable import LabEngine

/// `Parallel.run` must run every part exactly once, whoever runs it: the spinning worker team,
/// or the caller itself when the team is already busy (here, a job started from inside a job).
@Suite struct ParallelTests {
    @Test func everyPartRunsExactlyOnceEvenWhenNested() {
        let parts = max(2, Parallel.parts), rounds = 300
        let outer = FloatBuffer(count: parts), inner = FloatBuffer(count: parts * 3)
        for _ in 0..<rounds {
            Parallel.run(parts: parts) { part in
                outer.pointer[part] += 1
                Parallel.run(parts: 3) { piece in inner.pointer[part * 3 + piece] += 1 }
            }
        }
        #expect((0..<parts).allSatisfy { outer.pointer[$0] == Float(rounds) })
        #expect((0..<(parts * 3)).allSatisfy { inner.pointer[$0] == Float(rounds) })
    }
}
