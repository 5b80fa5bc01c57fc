import CZlib

/// The decompressed bytes of a gzip file, streamed through zlib's `inflate`.
///
/// Foundation on Linux cannot read gzip, so this talks to zlib directly. `inflateInit2` with
/// window bits 15 + 32 lets zlib recognise the gzip (or zlib) header by itself and check every
/// member's CRC-32 and length trailer. A file may hold several gzip members back to back (what
/// `cat a.gz b.gz` and parallel compressors produce): like `gunzip`, we decompress them as one
/// stream. The compressed input is read in 256 KiB chunks, so memory stays at the output size.
final class GzipSource: ByteSource {
    /// Deflate cannot compress better than about 1032 : 1, which bounds what a file can hold.
    private static let maximumRatio = 1032
    private static let chunkSize = 1 << 18

    private let file: InputFile
    /// zlib keeps a pointer back to its `z_stream` and refuses one that has moved, so it lives at
    /// a fixed heap address rather than in a Swift property.
    private let stream: UnsafeMutablePointer<z_stream>
    private let input: UnsafeMutableRawBufferPointer
    private var produced = 0
    /// The current member's trailer has been read; more input means another member.
    private var memberEnded = false

    init(file: InputFile) throws(DataError) {
        self.file = file
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        input = .allocate(byteCount: Self.chunkSize, alignment: 1)
        let status = inflateInit2_(stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deallocate()
            input.deallocate()
            throw DataError(.unreadableFile, file: file.path, "zlib cannot start (status \(status))")
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deallocate()
        input.deallocate()
    }

    var path: String { file.path }

    var maximumRemaining: Int {
        let (limit, overflow) = file.size.multipliedReportingOverflow(by: Self.maximumRatio)
        return overflow ? Int.max : limit - produced
    }

    var limitExplanation: String {
        "a gzip file of \(file.size) bytes cannot decompress to that much"
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(DataError) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var filled = 0
        while filled < buffer.count {
            if stream.pointee.avail_in == 0 {
                let got = try file.read(into: input)
                if got == 0 {
                    if memberEnded { break }
                    throw DataError(.truncated, file: path, "the gzip data ends early (the file is cut short)")
                }
                stream.pointee.next_in = input.baseAddress!.assumingMemoryBound(to: Bytef.self)
                stream.pointee.avail_in = uInt(got)
            }
            if memberEnded {
                inflateReset(stream)
                memberEnded = false
            }
            let room = min(buffer.count - filled, Int(UInt32.max))
            stream.pointee.next_out = (base + filled).assumingMemoryBound(to: Bytef.self)
            stream.pointee.avail_out = uInt(room)
            let status = inflate(stream, Z_NO_FLUSH)
            filled += room - Int(stream.pointee.avail_out)
            switch status {
            case Z_STREAM_END:
                memberEnded = true
            case Z_OK:
                continue
            case Z_BUF_ERROR where stream.pointee.avail_in == 0:
                continue  // zlib needs more input than this chunk had
            default:
                throw brokenStream(status, at: produced + filled)
            }
        }
        produced += filled
        return filled
    }

    private func brokenStream(_ status: Int32, at offset: Int) -> DataError {
        let reason = stream.pointee.msg.map { String(cString: $0) } ?? "zlib status \(status)"
        return DataError(.brokenGzip, file: path, "broken gzip data after \(offset) decompressed bytes: \(reason)")
    }
}
