import Foundation

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

/// The four files of an IDX data set in one directory: training and test images and labels.
///
/// Two naming styles are in use and both are accepted, each raw or gzipped:
/// `train-images-idx3-ubyte` (LeCun's MNIST, Fashion-MNIST, KMNIST, Debian's packages) and
/// `train-images.idx3-ubyte` (what several archive tools and mirrors produce); `t10k-…` for test.
struct IDXFileSet {
    /// One of the four files: its stem ("train-images") and IDX rank tag ("idx3").
    private static let roles = [("train-images", "idx3"), ("train-labels", "idx1"),
                                ("t10k-images", "idx3"), ("t10k-labels", "idx1")]

    let directory: String
    let trainImages: String
    let trainLabels: String
    let testImages: String
    let testLabels: String

    /// Finds the four files in `directory`, or says which names were looked for in vain.
    init(directory: String) throws(DataError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DataError(.missingFiles, file: directory, "no such directory")
        }
        var found: [String] = []
        var missing: [String] = []
        for (stem, rank) in Self.roles {
            let names = Self.candidateNames(stem: stem, rank: rank)
            let paths = names.map { (directory as NSString).appendingPathComponent($0) }
            if let path = paths.first(where: { FileManager.default.fileExists(atPath: $0) }) {
                found.append(path)
            } else {
                missing.append("\(stem)-\(rank)-ubyte[.gz] or \(stem).\(rank)-ubyte[.gz]")
            }
        }
        guard missing.isEmpty else {
            throw DataError(.missingFiles, file: directory,
                            "IDX files missing: looked for \(missing.joined(separator: ", "))")
        }
        self.directory = directory
        (trainImages, trainLabels, testImages, testLabels) = (found[0], found[1], found[2], found[3])
    }

    /// Reads and checks the four files.
    ///
    /// `classCount` is the data set's number of classes when it is known (10 for the MNIST
    /// family): a label not below it is refused. When it is nil (an unknown set), the classes are
    /// taken to be 0 … the largest label in either file, so the count is that label + 1.
    func load(name: String, classCount: Int?) throws(DataError) -> (train: Dataset, test: Dataset) {
        let train = try Self.pair(images: trainImages, labels: trainLabels)
        let test = try Self.pair(images: testImages, labels: testLabels)
        guard train.images.dimensions.dropFirst() == test.images.dimensions.dropFirst() else {
            throw DataError(.sizeMismatch, file: testImages,
                            "test examples are \(Self.shape(test.images.dimensions.dropFirst())) but training examples are \(Self.shape(train.images.dimensions.dropFirst()))")
        }
        let classes: Int
        if let classCount {
            try Self.checkRange(train.labels, classCount: classCount, name: name)
            try Self.checkRange(test.labels, classCount: classCount, name: name)
            classes = classCount
        } else {
            classes = Int(max(train.labels.bytes.max() ?? 0, test.labels.bytes.max() ?? 0)) + 1
        }
        let featureCount = train.images.dimensions.dropFirst().reduce(1, *)
        return (Dataset(name: "\(name) train", featureCount: featureCount, classCount: classes,
                        labels: train.labels.bytes, storage: .bytes(train.images.bytes)),
                Dataset(name: "\(name) test", featureCount: featureCount, classCount: classes,
                        labels: test.labels.bytes, storage: .bytes(test.images.bytes)))
    }

    private static func candidateNames(stem: String, rank: String) -> [String] {
        ["\(stem)-\(rank)-ubyte", "\(stem).\(rank)-ubyte"].flatMap { [$0, $0 + ".gz"] }
    }

    /// Reads an images file and its labels file and checks that they belong together.
    private static func pair(images: String, labels: String) throws(DataError) -> (images: IDXFile, labels: IDXFile) {
        let imageFile = try IDXFile(path: images)
        guard imageFile.dimensions.count >= 2, imageFile.dimensions.dropFirst().allSatisfy({ $0 > 0 }) else {
            throw DataError(.sizeMismatch, file: images,
                            "an images file needs sizes count × rows × columns, this one has \(shape(imageFile.dimensions))")
        }
        let labelFile = try IDXFile(path: labels)
        guard labelFile.dimensions.count == 1 else {
            throw DataError(.sizeMismatch, file: labels,
                            "a labels file has one size (the count), this one has \(shape(labelFile.dimensions))")
        }
        guard imageFile.dimensions[0] == labelFile.dimensions[0] else {
            throw DataError(.countMismatch, file: labels,
                            "holds \(labelFile.dimensions[0]) labels but \(images) holds \(imageFile.dimensions[0]) images")
        }
        return (imageFile, labelFile)
    }

    private static func checkRange(_ labels: IDXFile, classCount: Int, name: String) throws(DataError) {
        guard let index = labels.bytes.firstIndex(where: { Int($0) >= classCount }) else { return }
        throw DataError(.labelOutOfRange, file: labels.path,
                        "label \(labels.bytes[index]) at index \(index) is out of range: \(name) has \(classCount) classes (0–\(classCount - 1))")
    }

    private static func shape(_ sizes: some Sequence<Int>) -> String {
        sizes.map(String.init).joined(separator: " × ")
    }
}
