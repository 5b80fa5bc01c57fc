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
