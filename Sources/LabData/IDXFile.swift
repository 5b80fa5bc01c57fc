/// One IDX file, the format of MNIST and its look-alikes (Fashion-MNIST, KMNIST…).
///
/// Layout: two zero bytes, the element type (0x08 = unsigned byte, the only type these sets
/// use), the number of dimensions n, then n sizes as big-endian `UInt32`, then the data,
/// row-major. The file may be gzipped (recognised by its first bytes, not by its name).
///
/// Reading refuses anything that does not add up, naming the file: a wrong magic number, another
/// element type, a file shorter or longer than its header says, a broken gzip stream.
struct IDXFile {
    let path: String
    /// E.g. [60000, 28, 28] for an images file, [60000] for a labels file.
    let dimensions: [Int]
    /// The data, exactly as stored.
    let bytes: [UInt8]

    init(path: String) throws(DataError) {
        let file = try InputFile(path: path)
        var source = try Self.source(for: file)

        let magic = try Self.readHeader(count: 4, from: &source, part: "magic number")
        guard magic[0] == 0, magic[1] == 0 else {
            throw DataError(.wrongMagic, file: path,
                            "not an IDX file: it starts with 0x\(Self.hex(magic)), where an IDX file of bytes starts with 0x000008")
        }
        guard magic[2] == 0x08 else {
            throw DataError(.unsupportedType, file: path,
                            "unsupported IDX element type 0x\(Self.hex([magic[2]])): only 0x08 (unsigned byte) is supported")
        }
        guard magic[3] > 0 else {
            throw DataError(.sizeMismatch, file: path, "the IDX header declares no dimensions")
        }
        let sizes = try Self.readHeader(count: 4 * Int(magic[3]), from: &source, part: "dimension sizes")
        let dimensions = stride(from: 0, to: sizes.count, by: 4).map { offset in
            sizes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        }
        let shape = dimensions.map(String.init).joined(separator: " × ")
        var expected = 1
        for size in dimensions {
            let (product, overflow) = expected.multipliedReportingOverflow(by: size)
            guard !overflow else {
                throw DataError(.sizeMismatch, file: path, "the header's sizes \(shape) are impossibly large")
            }
            expected = product
        }
        guard expected <= source.maximumRemaining else {
            throw DataError(.truncated, file: path,
                            "the header declares \(shape) = \(expected) data bytes, but \(source.limitExplanation)")
        }

        var got = 0
        let data = try [UInt8](unsafeUninitializedCapacity: expected) { buffer, initialized throws(DataError) in
            got = try source.read(into: UnsafeMutableRawBufferPointer(buffer))
            initialized = got
        }
        guard got == expected else {
            throw DataError(.truncated, file: path,
                            "the header declares \(shape) = \(expected) data bytes, but the data ends after \(got)")
        }
        var probe: UInt8 = 0
        let extra = try withUnsafeMutableBytes(of: &probe) { buffer throws(DataError) in try source.read(into: buffer) }
        guard extra == 0 else {
            throw DataError(.sizeMismatch, file: path,
                            "the file holds more than the \(shape) = \(expected) data bytes its header declares")
        }
        self.path = path
        self.dimensions = dimensions
        self.bytes = data
    }

    /// A gzip stream when the file starts with gzip's magic bytes 1F 8B, the raw bytes otherwise.
    private static func source(for file: InputFile) throws(DataError) -> any ByteSource {
        var start: (UInt8, UInt8) = (0, 0)
        let got = try withUnsafeMutableBytes(of: &start) { buffer throws(DataError) in try file.read(into: buffer) }
        file.seekToStart()
        if got == 2, start == (0x1F, 0x8B) {
            return GzipSource(file: file)
        }
        return RawFileSource(file: file)
    }

    /// "0D" for [0x0D]: how header bytes are quoted in messages.
    private static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16, uppercase: true) }.joined()
    }

    private static func readHeader(count: Int, from source: inout any ByteSource, part: String) throws(DataError) -> [UInt8] {
        var got = 0
        let bytes = try [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized throws(DataError) in
            got = try source.read(into: UnsafeMutableRawBufferPointer(buffer))
            initialized = got
        }
        guard got == count else {
            throw DataError(.truncated, file: source.path, "the file ends inside the IDX header (\(part))")
        }
        return bytes
    }
}
