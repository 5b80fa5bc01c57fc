#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A regular file opened for reading with C stdio.
///
/// Foundation's `Data` would hold a second copy of a 47 MB images file on its way into the
/// `[UInt8]` the data set keeps; `fread` fills that array directly.
final class InputFile {
    let path: String
    /// The file's size in bytes when it was opened.
    let size: Int
    private let handle: UnsafeMutablePointer<FILE>

    init(path: String) throws(DataError) {
        guard let handle = fopen(path, "rb") else {
            throw DataError(.unreadableFile, file: path, "cannot open: \(String(cString: strerror(errno)))")
        }
        var status = stat()
        guard fstat(fileno(handle), &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            fclose(handle)
            throw DataError(.unreadableFile, file: path, "not a regular file")
        }
        self.path = path
        self.size = Int(status.st_size)
        self.handle = handle
    }

    deinit {
        fclose(handle)
    }

    /// Fills as much of `buffer` as the file still holds: fewer bytes only at its end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(DataError) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var total = 0
        while total < buffer.count {
            let got = fread(base + total, 1, buffer.count - total, handle)
            total += got
            if got == 0 {
                if ferror(handle) != 0 {
                    throw DataError(.unreadableFile, file: path, "read error: \(String(cString: strerror(errno)))")
                }
                break
            }
        }
        return total
    }

    /// Starts reading from the first byte again.
    func seekToStart() {
        fseek(handle, 0, SEEK_SET)
    }
}

/// The bytes of a file front to back, decompressed if it is gzipped.
///
/// The IDX reader asks for the header, then for exactly as many data bytes as the header
/// declares, straight into the array that will keep them: nothing is read twice and no stream
/// grows a buffer by guesswork.
protocol ByteSource {
    /// The file the bytes come from, for error messages.
    var path: String { get }
    /// The most bytes the rest of the stream can possibly hold, so that a header declaring
    /// absurd sizes is refused before anything is allocated.
    var maximumRemaining: Int { get }
    /// Says how `maximumRemaining` was found, to finish "…but <this>".
    var limitExplanation: String { get }
    /// Fills as much of `buffer` as the stream still holds: fewer bytes only at its end.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(DataError) -> Int
}

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
