/// An uncompressed file's bytes, as they are.
struct RawFileSource: ByteSource {
    private let file: InputFile
    private var consumed = 0

    init(file: InputFile) {
        self.file = file
    }

    var path: String { file.path }

    var maximumRemaining: Int { file.size - consumed }

    var limitExplanation: String { "only \(maximumRemaining) bytes follow the header" }

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(DataError) -> Int {
        let got = try file.read(into: buffer)
        consumed += got
        return got
    }
}
