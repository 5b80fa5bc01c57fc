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
