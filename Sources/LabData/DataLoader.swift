import Foundation

/// Finds and loads the data set a command asks for.
///
/// - A synthetic name ("spiral", "circles", "xor", "moons") generates
///   `syntheticTrainCount`/`syntheticTestCount` points from the seed.
/// - `directory` (`--data-dir DIR`) loads the IDX files there, whatever the set; `dataset` then
///   only names it (and, for a known name, fixes the class count at 10). Without a name the set
///   is called after the directory and has as many classes as its largest label + 1.
/// - "fashion-mnist" alone (also the default when both are nil) uses Debian's
///   `dataset-fashion-mnist` at /usr/share/datasets/fashion-mnist when installed, else the
///   stratified subset shipped in the kit's `Data/fashion-mnist-subset/`.
/// - Otherwise the error says exactly how to get the data.
///
/// `DataSplit.source` always says which data was used.
public enum DataLoader {
    public static let syntheticTrainCount = 2000
    public static let syntheticTestCount = 1000
    /// What `load` uses when given neither a name nor a directory.
    public static let defaultDataset = "fashion-mnist"

    /// `dataset`: "fashion-mnist", "mnist", "kmnist", any IDX set name, or a synthetic name
    /// ("spiral", "circles", "xor", "moons"); `directory`: --data-dir. Throws `DataError`.
    public static func load(dataset: String?, directory: String?, seed: UInt64) throws -> DataSplit {
        let dataset = dataset?.isEmpty == true ? nil : dataset
        if let dataset, let shape = SyntheticShape(rawValue: dataset.lowercased()) {
            guard directory == nil else {
                throw DataError(.invalidRequest, "'\(shape.rawValue)' is generated from the seed and reads no --data-dir")
            }
            return shape.make(trainCount: syntheticTrainCount, testCount: syntheticTestCount, seed: seed)
        }
        if let directory {
            let known = dataset.flatMap(KnownIDXSet.named)
            let name = known?.displayName ?? dataset ?? (directory as NSString).lastPathComponent
            return try load(IDXFileSet(directory: directory), name: name, classCount: known?.classCount,
                            describedAs: { "\(name) (\($0), \(directory))" })
        }
        guard let known = KnownIDXSet.named(dataset ?? defaultDataset) else {
            let names = (KnownIDXSet.all.map(\.name) + SyntheticShape.allCases.map(\.rawValue)).joined(separator: ", ")
            throw DataError(.invalidRequest,
                            "unknown data set '\(dataset ?? "")': use one of \(names), or --data-dir DIR for any IDX data set")
        }
        if let installed = known.installedDirectory, let files = try? IDXFileSet(directory: installed) {
            return try load(files, name: known.displayName, classCount: known.classCount,
                            describedAs: { "\(known.displayName) (full, \($0), \(installed))" })
        }
        if let subset = shippedSubsetDirectory(named: known.name), let files = try? IDXFileSet(directory: subset) {
            return try load(files, name: known.displayName, classCount: known.classCount,
                            describedAs: { "\(known.displayName) subset shipped with the kit (\($0), \(subset))" })
        }
        let places = [known.installedDirectory, known.subsetFolder.map { "the kit's Data/\($0)" }].compactMap { $0 }
        let looked = places.isEmpty ? "" : " (looked in \(places.joined(separator: " and ")))"
        throw DataError(.missingFiles, "\(known.displayName) not found\(looked): \(known.howToGet)")
    }

    /// Where the kit's shipped subset of `name` is ("fashion-mnist" → `Data/fashion-mnist-subset`),
    /// if it ships one and it is there.
    ///
    /// The kit is run from its checkout, so the folder is looked for at `../../Data/` from this
    /// source file's folder (`Sources/LabData/`, wherever the checkout is), then under the current
    /// directory (for a binary built on another machine and run from the kit's root).
    public static func shippedSubsetDirectory(named name: String) -> String? {
        guard let folder = KnownIDXSet.named(name)?.subsetFolder else { return nil }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [packageRoot.appendingPathComponent("Data").appendingPathComponent(folder).path,
                          FileManager.default.currentDirectoryPath + "/Data/" + folder]
        return candidates.first { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    private static func load(_ files: IDXFileSet, name: String, classCount: Int?,
                             describedAs describe: (String) -> String) throws -> DataSplit {
        let (train, test) = try files.load(name: name, classCount: classCount)
        return DataSplit(train: train, test: test, source: describe("\(train.count)/\(test.count)"))
    }
}

/// An IDX data set the kit knows by name: how to display it, where a system package installs
/// it, whether the kit ships a subset of it, and how a student can get it.
struct KnownIDXSet: Sendable {
    /// The name `--dataset` takes, e.g. "fashion-mnist".
    let name: String
    /// The name outputs use, e.g. "Fashion-MNIST".
    let displayName: String
    /// All the MNIST family have ten classes; knowing it lets a stray label be caught.
    let classCount: Int
    /// Where a system package puts the four files, if one exists.
    let installedDirectory: String?
    /// The folder under the kit's `Data/` holding a shipped subset, if any.
    let subsetFolder: String?
    /// The one-line instructions an error gives when the data is nowhere to be found.
    let howToGet: String

    static let all = [
        KnownIDXSet(
            name: "fashion-mnist", displayName: "Fashion-MNIST", classCount: 10,
            installedDirectory: "/usr/share/datasets/fashion-mnist", subsetFolder: "fashion-mnist-subset",
            howToGet: "apt-get install dataset-fashion-mnist (Debian/Ubuntu), or download the four files from "
                + "https://github.com/zalandoresearch/fashion-mnist and pass --data-dir DIR"),
        KnownIDXSet(
            name: "mnist", displayName: "MNIST", classCount: 10, installedDirectory: nil, subsetFolder: nil,
            howToGet: "download the four files (train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz, "
                + "t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz) from a mirror of "
                + "http://yann.lecun.com/exdb/mnist/ and pass --data-dir DIR"),
        KnownIDXSet(
            name: "kmnist", displayName: "KMNIST", classCount: 10, installedDirectory: nil, subsetFolder: nil,
            howToGet: "download the four IDX files from https://github.com/rois-codh/kmnist and pass --data-dir DIR"),
    ]

    /// The known set called `name` (case-insensitive), if any.
    static func named(_ name: String) -> KnownIDXSet? {
        all.first { $0.name == name.lowercased() }
    }
}
