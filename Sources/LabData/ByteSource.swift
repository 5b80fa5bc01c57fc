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
