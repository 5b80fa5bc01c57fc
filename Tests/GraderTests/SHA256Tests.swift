import Foundation
@testable import Grader
import Testing

/// SHA-256 against FIPS 180-4's examples and against the system's `sha256sum`.
@Suite struct SHA256Tests {
    static func hex(_ text: String) -> String { SHA256.hex(Data(text.utf8)) }

    @Test func theStandardsVectors() {
        #expect(Self.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Self.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // 448 bits: the padding no longer fits the block, so it takes a second one.
        #expect(Self.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func aMillionAs() {
        var hash = SHA256()
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
        for _ in 0..<1000 { hash.update(chunk) }
        let digest = hash.finalize().map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        #expect(digest == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        #expect(SHA256.hex(Data(repeating: UInt8(ascii: "a"), count: 1_000_000)) == digest)
    }

    /// `sha256sum FILE`'s digest, or nil where there is no sha256sum.
    static func sha256sum(_ file: URL) throws -> String? {
        guard let tool = ["/usr/bin/sha256sum", "/bin/sha256sum"].first(where: FileManager.default.isExecutableFile) else { return nil }
        let process = Process()
        let pipe = Pipe()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = [file.path]
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self).split(separator: " ").first.map(String.init)
    }

    static let hasSHA256Sum = FileManager.default.isExecutableFile(atPath: "/usr/bin/sha256sum")
        || FileManager.default.isExecutableFile(atPath: "/bin/sha256sum")

    /// The kit's own lesson 02 page, and messages of every length around the block boundaries.
    @Test(.enabled(if: hasSHA256Sum)) func agreesWithSHA256Sum() throws {
        let kit = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let page = kit.appendingPathComponent("Exercises/02-sigmoid/README.md")
        #expect(try SHA256.hex(ofFile: page) == Self.sha256sum(page))
        let folder = try TemporaryFolder()
        for length in [1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000] {
            let bytes = Data((0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
            let file = folder.url.appendingPathComponent("message-\(length)")
            try bytes.write(to: file)
            #expect(SHA256.hex(bytes) == (try Self.sha256sum(file)), "length \(length)")
        }
    }

    @Test func feedingInPiecesIsFeedingAtOnce() {
        let message = Data((0..<300).map { UInt8(truncatingIfNeeded: $0) })
        var pieces = SHA256()
        for start in stride(from: 0, to: 300, by: 37) { pieces.update(message[start..<min(300, start + 37)]) }
        var whole = SHA256()
        whole.update(message)
        #expect(pieces.finalize() == whole.finalize())
        #expect(whole.finalize() == whole.finalize())
    }
}
