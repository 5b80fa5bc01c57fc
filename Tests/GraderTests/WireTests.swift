import Foundation
import GradingProtocol
import Testing

@Suite struct WireTests {
    @Test func requestsAndRepliesSurviveTheRoundTripBitForBit() throws {
        let inputs: [Float] = [0, -0.0, .nan, -.nan, .infinity, .leastNonzeroMagnitude, Float(bitPattern: 0x7FC0_1234)]
        let request = Wire.Request(endpoint: "LeakyReLU.both", parameters: [0.2], arguments: [inputs, []])
        let frame = Wire.encode(request)
        #expect(try Wire.frameLength(Array(frame.prefix(4))) == frame.count - 4)
        let decoded = try Wire.decodeRequest(Array(frame.dropFirst(4)))
        #expect(decoded.endpoint == "LeakyReLU.both")
        #expect(decoded.arguments[0].map(\.bitPattern) == inputs.map(\.bitPattern))
        let reply = Wire.Reply.answers([inputs])
        guard case .answers(let back) = try Wire.decodeReply(Array(Wire.encode(reply).dropFirst(4))) else {
            Issue.record("not answers")
            return
        }
        #expect(back[0].map(\.bitPattern) == inputs.map(\.bitPattern))
        #expect(try Wire.decodeReply(Array(Wire.encode(.refused("no")).dropFirst(4))) == .refused("no"))
    }

    /// What a hostile driver might send instead of a reply: each is an error, never a trap or
    /// a huge allocation.
    @Test(arguments: [
        [UInt8](), [0], [7], [0, 1, 0, 0, 0], [0, 0xFF, 0xFF, 0xFF, 0x7F], [0, 1, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF],
        [1, 10, 0, 0, 0, 65], [0, 0, 0, 0, 0, 9],
    ])
    func garbageIsMalformed(payload: [UInt8]) {
        #expect(throws: Wire.Malformed.self) { try Wire.decodeReply(payload) }
    }

    @Test func anOversizedFrameIsRefusedFromItsHeader() {
        #expect(throws: Wire.Malformed.self) { try Wire.frameLength([0xFF, 0xFF, 0xFF, 0xFF]) }
        #expect(throws: Wire.Malformed.self) { try Wire.frameLength([1, 2]) }
    }
}

@Suite struct ChildProcessTests {
    @Test func aReplyIsReadAndSilenceTimesOut() throws {
        let child = try ChildProcess(["/bin/sh", "-c", "printf abcd; exec /bin/sleep 5"], environment: [])
        #expect(try child.read(4, before: ChildProcess.now() + 5) == Array("abcd".utf8))
        let start = ChildProcess.now()
        #expect(throws: ChildProcess.ReadFailure.timedOut) { try child.read(1, before: ChildProcess.now() + 0.2) }
        #expect(ChildProcess.now() - start < 2)
        child.kill()
        #expect(child.waitForExit() == .signaled(SIGKILL))
    }

    /// A driver that dies while something it started still holds its output open is noticed
    /// at once, not at the deadline.
    @Test func aDeadChildIsNoticedEvenWhenItsPipeStaysOpen() throws {
        let child = try ChildProcess(["/bin/sh", "-c", "(/bin/sleep 3 &) ; exit 3"], environment: [])
        let start = ChildProcess.now()
        #expect(throws: ChildProcess.ReadFailure.exited) { try child.read(1, before: ChildProcess.now() + 10) }
        #expect(ChildProcess.now() - start < 2)
        #expect(child.waitForExit() == .exited(3))
        _ = killpg(child.pid, SIGKILL)
    }
}
