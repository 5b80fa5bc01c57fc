/// The wire between the checks and a submission's driver.
///
/// The checks never load a student's code: they run in one process and send requests to a
/// driver, a small program built from the student's sources, running in a sandbox of its own.
/// A request names an endpoint (`Sigmoid.value`), the parameters to build the student's value
/// with (`[0.2]` for `LeakyReLU(alpha: 0.2)`, none for the default initialiser) and a list of
/// arguments; the answer holds one result per argument. Floats travel as their bit patterns,
/// so NaN payloads, signed zeros and subnormals arrive exactly as the student computed them.
///
/// Every message is a frame: a little-endian `UInt32` byte count, then that many bytes.
/// Inside, counts are `UInt32`, Floats their `UInt32` bit patterns, strings UTF-8 with a
/// count. An answer is untrusted data: `decode` checks every count against the bytes that are
/// really there and against `maximumFrame`, so garbage becomes an error, never a trap or a
/// huge allocation.
public enum Wire {
    /// The largest frame either side accepts (64 MiB): far above any honest answer (lesson 11's
    /// largest batch is a few hundred kilobytes), far below what would hurt the checks.
    public static let maximumFrame = 64 << 20

    /// A request to the driver.
    public struct Request: Equatable, Sendable {
        public var endpoint: String
        public var parameters: [Float]
        public var arguments: [[Float]]

        public init(endpoint: String, parameters: [Float] = [], arguments: [[Float]]) {
            self.endpoint = endpoint
            self.parameters = parameters
            self.arguments = arguments
        }
    }

    /// The driver's reply: one result per argument, or why it could not answer at all.
    public enum Reply: Equatable, Sendable {
        case answers([[Float]])
        case refused(String)
    }

    /// What was wrong with a frame.
    public struct Malformed: Error, Equatable, CustomStringConvertible {
        public let description: String
        public init(_ description: String) { self.description = description }
    }

    // MARK: Encoding

    public static func encode(_ request: Request) -> [UInt8] {
        var writer = Writer()
        writer.string(request.endpoint)
        writer.floats(request.parameters)
        writer.vectors(request.arguments)
        return writer.framed()
    }

    public static func encode(_ reply: Reply) -> [UInt8] {
        var writer = Writer()
        switch reply {
        case .answers(let answers):
            writer.byte(0)
            writer.vectors(answers)
        case .refused(let reason):
            writer.byte(1)
            writer.string(reason)
        }
        return writer.framed()
    }

    // MARK: Decoding (of a frame's payload, without its byte count)

    public static func decodeRequest(_ payload: [UInt8]) throws(Malformed) -> Request {
        var reader = Reader(payload)
        let request = Request(endpoint: try reader.string(), parameters: try reader.floats(),
                              arguments: try reader.vectors())
        try reader.finish()
        return request
    }

    public static func decodeReply(_ payload: [UInt8]) throws(Malformed) -> Reply {
        var reader = Reader(payload)
        let reply: Reply
        switch try reader.byte() {
        case 0: reply = .answers(try reader.vectors())
        case 1: reply = .refused(try reader.string())
        case let kind: throw Malformed("unknown reply kind \(kind)")
        }
        try reader.finish()
        return reply
    }

    /// The payload length announced by a frame's first four bytes, if it is acceptable.
    public static func frameLength(_ header: [UInt8]) throws(Malformed) -> Int {
        guard header.count == 4 else { throw Malformed("a frame header has 4 bytes, got \(header.count)") }
        let length = Int(header[0]) | Int(header[1]) << 8 | Int(header[2]) << 16 | Int(header[3]) << 24
        guard length <= maximumFrame else {
            throw Malformed("a frame of \(length) bytes is over the \(maximumFrame)-byte limit")
        }
        return length
    }

    private struct Writer {
        var bytes: [UInt8] = [0, 0, 0, 0]

        mutating func byte(_ value: UInt8) { bytes.append(value) }

        mutating func count(_ value: Int) {
            let v = UInt32(truncatingIfNeeded: value)
            bytes += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24)]
        }

        mutating func string(_ text: String) {
            let utf8 = Array(text.utf8)
            count(utf8.count)
            bytes += utf8
        }

        mutating func floats(_ values: [Float]) {
            count(values.count)
            bytes.reserveCapacity(bytes.count + 4 * values.count)
            for value in values { count(Int(value.bitPattern)) }
        }

        mutating func vectors(_ vectors: [[Float]]) {
            count(vectors.count)
            for vector in vectors { floats(vector) }
        }

        /// The bytes with the payload length filled into the first four.
        func framed() -> [UInt8] {
            var result = bytes
            let length = UInt32(truncatingIfNeeded: bytes.count - 4)
            result[0] = UInt8(length & 0xFF)
            result[1] = UInt8(length >> 8 & 0xFF)
            result[2] = UInt8(length >> 16 & 0xFF)
            result[3] = UInt8(length >> 24)
            return result
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var offset = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var remaining: Int { bytes.count - offset }

        mutating func byte() throws(Malformed) -> UInt8 {
            guard remaining >= 1 else { throw Malformed("the frame ends early") }
            defer { offset += 1 }
            return bytes[offset]
        }

        mutating func word() throws(Malformed) -> UInt32 {
            guard remaining >= 4 else { throw Malformed("the frame ends early") }
            defer { offset += 4 }
            return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8
                | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
        }

        /// A count of items of `size` bytes each, checked against what is left.
        mutating func count(of size: Int) throws(Malformed) -> Int {
            let count = Int(try word())
            guard count <= remaining / size else {
                throw Malformed("a count of \(count) does not fit in the \(remaining) bytes left")
            }
            return count
        }

        mutating func string() throws(Malformed) -> String {
            let count = try count(of: 1)
            defer { offset += count }
            return String(decoding: bytes[offset..<(offset + count)], as: UTF8.self)
        }

        mutating func floats() throws(Malformed) -> [Float] {
            let count = try count(of: 4)
            var values: [Float] = []
            values.reserveCapacity(count)
            for _ in 0..<count { values.append(Float(bitPattern: try word())) }
            return values
        }

        mutating func vectors() throws(Malformed) -> [[Float]] {
            let count = try count(of: 4)
            var vectors: [[Float]] = []
            vectors.reserveCapacity(count)
            for _ in 0..<count { vectors.append(try floats()) }
            return vectors
        }

        func finish() throws(Malformed) {
            guard remaining == 0 else { throw Malformed("\(remaining) bytes after the end of the message") }
        }
    }
}
