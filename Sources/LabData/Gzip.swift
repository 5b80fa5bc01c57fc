/// The decompressed bytes of a gzip file (RFC 1952), inflated in pure Swift (RFC 1951).
///
/// The kit must build with nothing but a Swift toolchain, and zlib's headers are not part of
/// one, so the format is decoded here: about two hundred lines, checked against files written
/// by the system's `gzip` in the tests. Every member's CRC-32 and length trailer is checked. A
/// file may hold several gzip members back to back (what `cat a.gz b.gz` and parallel
/// compressors produce): like `gunzip`, they decompress as one stream; anything else after a
/// member is refused. The compressed input is read in 256 KiB chunks and the output lands
/// straight in the caller's buffer, so memory stays at the output size.
final class GzipSource: ByteSource {
    /// Deflate cannot compress better than about 1032 : 1, which bounds what a file can hold.
    private static let maximumRatio = 1032

    private var bits: BitReader
    private let fileSize: Int
    private var produced = 0
    /// The last 32 KiB of output, which back-references copy from (`position` counts every byte
    /// written; the window holds byte i at i & 0x7FFF).
    private let window = UnsafeMutablePointer<UInt8>.allocate(capacity: 1 << 15)
    private var position = 0
    private var state = State.memberStart
    /// A back-reference cut off by the end of the caller's buffer: bytes still owed, and from
    /// how far back.
    private var pendingLength = 0
    private var pendingDistance = 0
    private var crc = CRC32()
    /// Bytes of the current member so far (a back-reference cannot reach before its start).
    private var memberBytes = 0

    private enum State {
        /// Before a gzip header (the file's first, or after a member's trailer).
        case memberStart
        /// Before a deflate block header, or (`last`) before the member's trailer.
        case blockStart(last: Bool)
        case stored(remaining: Int, last: Bool)
        case huffman(literals: HuffmanCode, distances: HuffmanCode, last: Bool)
        case end
    }

    init(file: InputFile) {
        bits = BitReader(file: file)
        fileSize = file.size
        window.initialize(repeating: 0, count: 1 << 15)
    }

    deinit {
        window.deallocate()
        bits.chunk.deallocate()
    }

    var path: String { bits.file.path }

    var maximumRemaining: Int {
        let (limit, overflow) = fileSize.multipliedReportingOverflow(by: Self.maximumRatio)
        return overflow ? Int.max : limit - produced
    }

    var limitExplanation: String {
        "a gzip file of \(fileSize) bytes cannot decompress to that much"
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(DataError) -> Int {
        guard let base = buffer.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return 0 }
        var output = Output(base: base, count: buffer.count, window: window, position: position, memberBytes: memberBytes)
        var bits = self.bits
        defer {
            self.bits = bits
            position = output.position
            memberBytes = output.memberBytes
        }
        do {
            try fill(&output, &bits)
            crc.update(output.base + output.checksummed, count: output.filled - output.checksummed)
        } catch {
            switch error {
            case .truncated:
                throw DataError(.truncated, file: path, "the gzip data ends early (the file is cut short)")
            case .broken(let reason):
                throw DataError(.brokenGzip, file: path,
                                "broken gzip data after \(produced + output.filled) decompressed bytes: \(reason)")
            case .unreadable(let error):
                throw error
            }
        }
        produced += output.filled
        return output.filled
    }

    /// Where decoded bytes go: the caller's buffer and the window.
    private struct Output {
        let base: UnsafeMutablePointer<UInt8>
        let count: Int
        let window: UnsafeMutablePointer<UInt8>
        var position: Int
        var memberBytes: Int
        var filled = 0
        /// Bytes of `base` already added to the CRC.
        var checksummed = 0

        var full: Bool { filled == count }

        @inline(__always)
        mutating func put(_ byte: UInt8) {
            base[filled] = byte
            filled += 1
            window[position & 0x7FFF] = byte
            position &+= 1
            memberBytes += 1
        }

        /// Copies up to `length` bytes from `distance` back; returns how many are still owed.
        @inline(__always)
        mutating func copy(length: Int, distance: Int) -> Int {
            var left = length
            while left > 0 && filled < count {
                put(window[(position - distance) & 0x7FFF])
                left -= 1
            }
            return left
        }
    }

    /// Decodes until the caller's buffer is full or the stream ends.
    private func fill(_ out: inout Output, _ bits: inout BitReader) throws(InflateError) {
        pendingLength = out.copy(length: pendingLength, distance: pendingDistance)
        while !out.full {
            switch state {
            case .end:
                return
            case .memberStart:
                try readHeader(&bits)
                out.memberBytes = 0
                state = .blockStart(last: false)
            case .blockStart(let last):
                if last {
                    crc.update(out.base + out.checksummed, count: out.filled - out.checksummed)
                    out.checksummed = out.filled
                    try readTrailer(&bits, length: out.memberBytes)
                    state = try bits.atEnd() ? .end : .memberStart
                    continue
                }
                let final = try bits.read(1) == 1
                switch try bits.read(2) {
                case 0:
                    bits.alignToByte()
                    let length = try bits.read(16), complement = try bits.read(16)
                    guard length ^ complement == 0xFFFF else { throw .broken("a stored block's length check fails") }
                    state = .stored(remaining: length, last: final)
                case 1:
                    state = .huffman(literals: .fixedLiterals, distances: .fixedDistances, last: final)
                case 2:
                    let (literals, distances) = try readDynamicCodes(&bits)
                    state = .huffman(literals: literals, distances: distances, last: final)
                default:
                    throw .broken("invalid deflate block type 3")
                }
            case .stored(var remaining, let last):
                while remaining > 0 && !out.full {
                    out.put(UInt8(try bits.read(8)))
                    remaining -= 1
                }
                state = remaining == 0 ? .blockStart(last: last) : .stored(remaining: remaining, last: last)
            case .huffman(let literals, let distances, let last):
                while !out.full {
                    let symbol = try literals.decode(&bits)
                    if symbol < 256 {
                        out.put(UInt8(truncatingIfNeeded: symbol))
                        continue
                    }
                    if symbol == 256 {
                        state = .blockStart(last: last)
                        break
                    }
                    let index = symbol - 257
                    guard index < 29 else { throw .broken("invalid length code \(symbol)") }
                    let length = Self.lengthBase[index] + (try bits.read(Self.lengthExtra[index]))
                    let code = try distances.decode(&bits)
                    guard code < 30 else { throw .broken("invalid distance code \(code)") }
                    let distance = Self.distanceBase[code] + (try bits.read(Self.distanceExtra[code]))
                    guard distance <= out.memberBytes else {
                        throw .broken("a back-reference reaches before the start of the data")
                    }
                    pendingDistance = distance
                    pendingLength = out.copy(length: length, distance: distance)
                }
            }
        }
    }

    private func readHeader(_ bits: inout BitReader) throws(InflateError) {
        guard try bits.read(8) == 0x1F, try bits.read(8) == 0x8B else {
            throw .broken("bytes that are not a gzip member follow the data")
        }
        let method = try bits.read(8)
        guard method == 8 else { throw .broken("unknown compression method \(method) (8, deflate, is the only one)") }
        let flags = try bits.read(8)
        for _ in 0..<6 { _ = try bits.read(8) }  // modification time, extra flags, operating system
        if flags & 4 != 0 {  // FEXTRA
            let length = try bits.read(16)
            for _ in 0..<length { _ = try bits.read(8) }
        }
        for flag in [8, 16] where flags & flag != 0 {  // FNAME, FCOMMENT: zero-terminated
            while try bits.read(8) != 0 {}
        }
        if flags & 2 != 0 { _ = try bits.read(16) }  // FHCRC
        crc = CRC32()
    }

    private func readTrailer(_ bits: inout BitReader, length: Int) throws(InflateError) {
        bits.alignToByte()
        let storedCRC = UInt32(try bits.read(16)) | UInt32(try bits.read(16)) << 16
        let storedLength = UInt32(try bits.read(16)) | UInt32(try bits.read(16)) << 16
        guard storedCRC == crc.value else { throw .broken("CRC-32 mismatch (the data is corrupt)") }
        guard storedLength == UInt32(truncatingIfNeeded: length) else { throw .broken("length mismatch (the data is corrupt)") }
    }

    /// The code lengths of a dynamic block, themselves Huffman-coded (RFC 1951 §3.2.7).
    private func readDynamicCodes(_ bits: inout BitReader) throws(InflateError) -> (HuffmanCode, HuffmanCode) {
        let literalCount = try bits.read(5) + 257, distanceCount = try bits.read(5) + 1
        let lengthCodeCount = try bits.read(4) + 4
        var lengthCodeLengths = [UInt8](repeating: 0, count: 19)
        for index in 0..<lengthCodeCount {
            lengthCodeLengths[Self.lengthCodeOrder[index]] = UInt8(try bits.read(3))
        }
        let lengthCode = try HuffmanCode(lengths: lengthCodeLengths)
        var lengths: [UInt8] = []
        lengths.reserveCapacity(literalCount + distanceCount)
        while lengths.count < literalCount + distanceCount {
            let symbol = try lengthCode.decode(&bits)
            switch symbol {
            case 0..<16:
                lengths.append(UInt8(symbol))
            case 16:
                guard let previous = lengths.last else { throw .broken("a length repeat with nothing to repeat") }
                lengths += repeatElement(previous, count: 3 + (try bits.read(2)))
            case 17:
                lengths += repeatElement(0, count: 3 + (try bits.read(3)))
            default:
                lengths += repeatElement(0, count: 11 + (try bits.read(7)))
            }
        }
        guard lengths.count == literalCount + distanceCount else { throw .broken("code lengths overrun their count") }
        guard lengths[256] != 0 else { throw .broken("a block without an end-of-block code") }
        return (try HuffmanCode(lengths: Array(lengths[..<literalCount])),
                try HuffmanCode(lengths: Array(lengths[literalCount...])))
    }

    private static let lengthCodeOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
    private static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
                                     67, 83, 99, 115, 131, 163, 195, 227, 258]
    private static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3,
                                      4, 4, 4, 4, 5, 5, 5, 5, 0]
    private static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769,
                                       1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    private static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8,
                                        9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
}

/// Why inflating stopped; `GzipSource.read` turns it into a `DataError` naming the file.
enum InflateError: Error {
    case truncated
    case broken(String)
    case unreadable(DataError)
}

/// Deflate's bit stream: least significant bit first, refilled from the file in chunks.
struct BitReader {
    let file: InputFile
    /// Freed by the owning `GzipSource`.
    let chunk = UnsafeMutablePointer<UInt8>.allocate(capacity: BitReader.chunkSize)
    private static let chunkSize = 1 << 18
    private var chunkCount = 0
    private var chunkIndex = 0
    private var buffer: UInt64 = 0
    private(set) var count = 0

    init(file: InputFile) {
        self.file = file
    }

    /// Tops the buffer up to at least `needed` bits (≤ 56) where the file still has them.
    @inline(__always)
    mutating func refill(_ needed: Int) throws(InflateError) {
        guard count < needed else { return }
        // The common case: eight bytes at hand, so take as many whole bytes as fit at once.
        if chunkCount - chunkIndex >= 8 {
            let word = UInt64(littleEndian: UnsafeRawPointer(chunk + chunkIndex).loadUnaligned(as: UInt64.self))
            buffer |= word << UInt64(count)
            let taken = (63 - count) / 8
            chunkIndex += taken
            count += taken * 8
            buffer &= count == 64 ? ~0 : (1 << UInt64(count)) - 1
            return
        }
        while count < needed {
            if chunkIndex == chunkCount {
                do {
                    chunkCount = try file.read(into: UnsafeMutableRawBufferPointer(start: chunk, count: Self.chunkSize))
                } catch {
                    throw .unreadable(error)
                }
                chunkIndex = 0
                if chunkCount == 0 { return }
            }
            buffer |= UInt64(chunk[chunkIndex]) << count
            chunkIndex += 1
            count += 8
        }
    }

    /// The next `n` bits (≤ 16) without consuming them; missing bits at the end read as 0.
    @inline(__always)
    mutating func peek(_ n: Int) throws(InflateError) -> Int {
        try refill(n)
        return Int(buffer & ((1 << UInt64(n)) - 1))
    }

    @inline(__always)
    mutating func consume(_ n: Int) throws(InflateError) {
        guard n <= count else { throw .truncated }
        buffer >>= UInt64(n)
        count -= n
    }

    /// Reads and consumes `n` bits (≤ 16) as a number.
    @inline(__always)
    mutating func read(_ n: Int) throws(InflateError) -> Int {
        guard n > 0 else { return 0 }
        let value = try peek(n)
        try consume(n)
        return value
    }

    /// Drops the bits up to the next byte boundary (before stored data and the trailer).
    mutating func alignToByte() {
        buffer >>= UInt64(count % 8)
        count -= count % 8
    }

    /// Whether every byte of the file has been consumed.
    mutating func atEnd() throws(InflateError) -> Bool {
        try refill(8)
        return count == 0
    }
}

/// A canonical Huffman code, decoded through a 9-bit table with a bit-by-bit fallback for the
/// rare longer codes.
struct HuffmanCode: Sendable {
    private static let fastBits = 9
    /// Indexed by the next 9 bits: symbol << 4 | code length, or 0 for a longer code.
    private var fast = [UInt16](repeating: 0, count: 1 << fastBits)
    /// How many codes have each length 0…15, and the symbols in canonical order.
    private var counts = [Int](repeating: 0, count: 16)
    private var symbols: [Int] = []

    init(lengths: [UInt8]) throws(InflateError) {
        for length in lengths { counts[Int(length)] += 1 }
        counts[0] = 0
        var left = 1
        for length in 1..<16 {
            left = left * 2 - counts[length]
            guard left >= 0 else { throw .broken("an over-subscribed Huffman code") }
        }
        var offsets = [Int](repeating: 0, count: 16)
        for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
        symbols = [Int](repeating: 0, count: offsets[15] + counts[15])
        for (symbol, length) in lengths.enumerated() where length > 0 {
            symbols[offsets[Int(length)]] = symbol
            offsets[Int(length)] += 1
        }
        // Canonical codes in order of (length, symbol); deflate sends them most significant bit
        // first, so the table is indexed by the bit-reversed code.
        var code = 0, index = 0
        for length in 1...Self.fastBits {
            for _ in 0..<counts[length] {
                var reversed = 0
                for bit in 0..<length where code & (1 << bit) != 0 { reversed |= 1 << (length - 1 - bit) }
                for fill in stride(from: reversed, to: 1 << Self.fastBits, by: 1 << length) {
                    fast[fill] = UInt16(symbols[index] << 4 | length)
                }
                code += 1
                index += 1
            }
            code <<= 1
        }
    }

    @inline(__always)
    func decode(_ bits: inout BitReader) throws(InflateError) -> Int {
        let entry = Int(fast[try bits.peek(Self.fastBits)])
        if entry != 0 {
            try bits.consume(entry & 15)
            return entry >> 4
        }
        // Longer than the table: walk the canonical code one bit at a time (zlib's puff.c).
        let peeked = try bits.peek(15)
        var code = 0, first = 0, index = 0
        for length in 1..<16 {
            code |= (peeked >> (length - 1)) & 1
            let count = counts[length]
            if code - first < count {
                try bits.consume(length)
                return symbols[index + code - first]
            }
            index += count
            first = (first + count) << 1
            code <<= 1
        }
        throw bits.count < 15 ? .truncated : .broken("an invalid Huffman code")
    }

    static let fixedLiterals = try! HuffmanCode(
        lengths: [UInt8](repeating: 8, count: 144) + [UInt8](repeating: 9, count: 112)
            + [UInt8](repeating: 7, count: 24) + [UInt8](repeating: 8, count: 8))
    static let fixedDistances = try! HuffmanCode(lengths: [UInt8](repeating: 5, count: 30))
}

/// CRC-32 (IEEE 802.3, reflected, as gzip uses it), a byte at a time through a table.
struct CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var c = UInt32(index)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }
    private var state: UInt32 = 0xFFFF_FFFF

    var value: UInt32 { state ^ 0xFFFF_FFFF }

    mutating func update(_ bytes: UnsafePointer<UInt8>, count: Int) {
        var c = state
        Self.table.withUnsafeBufferPointer { table in
            for i in 0..<count { c = table[Int((c ^ UInt32(bytes[i])) & 0xFF)] ^ (c >> 8) }
        }
        state = c
    }
}
