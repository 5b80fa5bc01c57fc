import Foundation

/// Gzips bytes with the system's `gzip -9`, to build the compressed fixtures the tests read: the
/// loader's own inflate is checked against an independent compressor, never against itself.
enum GzipCompressor {
    /// One complete gzip member holding `bytes`.
    static func compress(_ bytes: [UInt8]) -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-9", "-c", "-n"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        do {
            try process.run()
        } catch {
            fatalError("cannot run gzip: \(error)")
        }
        // Write from another thread so that a large input never deadlocks on a full pipe.
        let writer = Thread {
            input.fileHandleForWriting.write(Data(bytes))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let compressed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        precondition(process.terminationStatus == 0, "gzip failed with status \(process.terminationStatus)")
        return [UInt8](compressed)
    }
}
