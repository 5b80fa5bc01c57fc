import Foundation

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
