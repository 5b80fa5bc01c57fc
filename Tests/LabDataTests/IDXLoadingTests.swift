import Foundation
import LabData
import Testing

/// Loading IDX sets from `--data-dir`: every accepted layout, then every refused one.
@Suite struct IDXLoadingTests {
    private func bytes(_ dataset: Dataset) -> [UInt8] {
        guard case .bytes(let values) = dataset.storage else {
            Issue.record("\(dataset.name) is not stored as bytes")
            return []
        }
        return values
    }

    @Test(arguments: [(IDXFixture.NameStyle.dashed, false), (.dashed, true), (.dotted, false), (.dotted, true)])
    func roundTrip(style: IDXFixture.NameStyle, gzipped: Bool) throws {
        let directory = try TemporaryDirectory()
        try IDXFixture.write(to: directory, style: style, gzipped: gzipped)
        let split = try DataLoader.load(dataset: nil, directory: directory.path, seed: 1)
        #expect(split.train.count == 5)
        #expect(split.test.count == 2)
        #expect(split.train.featureCount == 6)
        #expect(split.train.labels == IDXFixture.trainLabels)
        #expect(split.test.labels == IDXFixture.testLabels)
        #expect(bytes(split.train) == IDXFixture.trainImages)
        #expect(bytes(split.test) == IDXFixture.testImages)
        #expect(split.source.contains(directory.path))
    }

    @Test func unknownSetsHaveMaxLabelPlusOneClasses() throws {
        let directory = try TemporaryDirectory()
        try IDXFixture.write(to: directory)
        let split = try DataLoader.load(dataset: "my-set", directory: directory.path, seed: 1)
        #expect(split.train.classCount == 4)  // labels go up to 3
        #expect(split.test.classCount == 4)
        #expect(split.train.name == "my-set train")
    }

    @Test func unnamedSetsAreCalledAfterTheirDirectory() throws {
        let directory = try TemporaryDirectory()
        try IDXFixture.write(to: directory)
        let split = try DataLoader.load(dataset: nil, directory: directory.path + "/", seed: 1)
        let folder = (directory.path as NSString).lastPathComponent
        #expect(split.train.name == "\(folder) train")
        #expect(split.train.classCount == 4)
        #expect(split.source == "\(folder) (5/2, \(directory.path)/)")
    }

    @Test func knownSetsHaveTenClasses() throws {
        let directory = try TemporaryDirectory()
        try IDXFixture.write(to: directory, gzipped: true)
        let split = try DataLoader.load(dataset: "kmnist", directory: directory.path, seed: 1)
        #expect(split.train.classCount == 10)
        #expect(split.source.hasPrefix("KMNIST (5/2, "))
    }

    @Test func multiMemberGzipReadsAsOneStream() throws {
        let directory = try TemporaryDirectory()
        try IDXFixture.write(to: directory)
        let name = "train-images-idx3-ubyte"
        let raw = try directory.read(name)
        try FileManager.default.removeItem(atPath: directory.file(name))
        try directory.write(GzipCompressor.compress(Array(raw[..<7])) + GzipCompressor.compress(Array(raw[7...])),
                            to: name + ".gz")
        let split = try DataLoader.load(dataset: nil, directory: directory.path, seed: 1)
        #expect(bytes(split.train) == IDXFixture.trainImages)
    }

    // MARK: refused files

    /// Writes the fixture set, lets `corrupt` replace one file's bytes, and returns the error.
    private func loadError(file: String = "train-images-idx3-ubyte", dataset: String? = nil, gzipped: Bool = false,
                           _ corrupt: ([UInt8]) -> [UInt8]) throws -> DataError {
        let directory = try TemporaryDirectory()
        try IDXFixture.write(to: directory, gzipped: gzipped)
        let name = gzipped ? file + ".gz" : file
        try directory.write(corrupt(try directory.read(name)), to: name)
        let error = #expect(throws: DataError.self) {
            try DataLoader.load(dataset: dataset, directory: directory.path, seed: 1)
        }
        let thrown = try #require(error)
        #expect(thrown.file == directory.file(name), "\(thrown)")
        #expect(thrown.description.hasPrefix(directory.file(name) + ": "))
        return thrown
    }

    @Test func wrongMagicIsRefused() throws {
        let error = try loadError { bytes in [0x50, 0x4B] + bytes.dropFirst(2) }
        #expect(error.kind == .wrongMagic)
        #expect(error.problem.contains("0x504B0803"), "\(error)")
    }

    @Test func otherElementTypesAreRefused() throws {
        let error = try loadError { bytes in
            IDXFixture.idx(sizes: [5, 2, 3], data: IDXFixture.trainImages, type: 0x0D)  // 0x0D = float
        }
        #expect(error.kind == .unsupportedType)
        #expect(error.problem.contains("0x0D"), "\(error)")
    }

    @Test func truncatedDataIsRefused() throws {
        let error = try loadError { bytes in Array(bytes.dropLast()) }
        #expect(error.kind == .truncated)
        #expect(error.problem.contains("5 × 2 × 3 = 30"), "\(error)")
    }

    @Test func truncatedHeaderIsRefused() throws {
        let error = try loadError { bytes in Array(bytes.prefix(9)) }
        #expect(error.kind == .truncated)
        #expect(error.problem.contains("header"), "\(error)")
    }

    @Test func dataLongerThanTheHeaderSaysIsRefused() throws {
        let error = try loadError { bytes in IDXFixture.idx(sizes: [4, 2, 3], data: IDXFixture.trainImages) }
        #expect(error.kind == .sizeMismatch)
        #expect(error.problem.contains("4 × 2 × 3 = 24"), "\(error)")
    }

    @Test func gzippedDataLongerThanTheHeaderSaysIsRefused() throws {
        let error = try loadError(gzipped: true) { bytes in
            GzipCompressor.compress(IDXFixture.idx(sizes: [4, 2, 3], data: IDXFixture.trainImages))
        }
        #expect(error.kind == .sizeMismatch)
    }

    @Test func impossibleSizesAreRefusedBeforeAllocating() throws {
        let huge = IDXFixture.idx(sizes: [0xFFFF_FFFF, 0xFFFF_FFFF, 0xFFFF_FFFF], data: [])
        #expect(try loadError { _ in huge }.kind == .sizeMismatch)
        let large = IDXFixture.idx(sizes: [1_000_000, 28, 28], data: IDXFixture.trainImages)
        let error = try loadError(gzipped: true) { _ in GzipCompressor.compress(large) }
        #expect(error.kind == .truncated)
        #expect(error.problem.contains("cannot decompress"), "\(error)")
    }

    @Test func imagesWithoutRowsAreRefused() throws {
        let error = try loadError { _ in IDXFixture.idx(sizes: [30], data: IDXFixture.trainImages) }
        #expect(error.kind == .sizeMismatch)
    }

    @Test func imageAndLabelCountsMustAgree() throws {
        let error = try loadError(file: "train-labels-idx1-ubyte") { _ in
            IDXFixture.idx(sizes: [4], data: [0, 1, 2, 3])
        }
        #expect(error.kind == .countMismatch)
        #expect(error.problem.contains("4 labels") && error.problem.contains("5 images"), "\(error)")
    }

    @Test func labelsOfKnownSetsMustBeBelowTen() throws {
        let error = try loadError(file: "t10k-labels-idx1-ubyte", dataset: "fashion-mnist") { _ in
            IDXFixture.idx(sizes: [2], data: [1, 10])
        }
        #expect(error.kind == .labelOutOfRange)
        #expect(error.problem.contains("label 10 at index 1"), "\(error)")
    }

    @Test func brokenGzipChecksumIsRefused() throws {
        // The CRC-32 is the trailer's first 4 bytes, 8 bytes from the end.
        let error = try loadError(gzipped: true) { bytes in
            var broken = bytes
            broken[broken.count - 8] ^= 0xFF
            return broken
        }
        #expect(error.kind == .brokenGzip)
    }

    @Test func brokenGzipHeaderIsRefused() throws {
        // Byte 2 of a gzip header is the compression method; 8 (deflate) is the only one defined.
        let error = try loadError(gzipped: true) { bytes in
            var broken = bytes
            broken[2] = 7
            return broken
        }
        #expect(error.kind == .brokenGzip)
    }

    @Test func cutGzipStreamIsRefused() throws {
        let error = try loadError(gzipped: true) { bytes in Array(bytes.prefix(bytes.count - 3)) }
        #expect(error.kind == .truncated)
    }

    @Test func trailingGarbageAfterGzipIsRefused() throws {
        let error = try loadError(gzipped: true) { bytes in bytes + Array("junk".utf8) }
        #expect(error.kind == .brokenGzip)
    }

    @Test func missingFilesAreListedByName() throws {
        let directory = try TemporaryDirectory()
        try IDXFixture.write(to: directory)
        try FileManager.default.removeItem(atPath: directory.file("t10k-labels-idx1-ubyte"))
        let error = #expect(throws: DataError.self) {
            try DataLoader.load(dataset: nil, directory: directory.path, seed: 1)
        }
        #expect(error?.kind == .missingFiles)
        #expect(error?.file == directory.path)
        #expect(error?.problem.contains("t10k-labels-idx1-ubyte[.gz] or t10k-labels.idx1-ubyte[.gz]") == true)
        #expect(error?.problem.contains("train-images") == false)
    }

    @Test func missingDirectoryIsRefused() throws {
        let directory = try TemporaryDirectory()
        let error = #expect(throws: DataError.self) {
            try DataLoader.load(dataset: "mnist", directory: directory.file("absent"), seed: 1)
        }
        #expect(error?.kind == .missingFiles)
    }
}
