/// Why a data set could not be loaded: which file, and what is wrong with it.
///
/// Every message is one line a student can act on ("…/train-labels-idx1-ubyte.gz: label 12 at
/// index 3 is out of range…"), so the `lab` command prints `description` as it is. `kind` lets
/// callers and tests tell the cases apart without parsing the text.
public struct DataError: Error, CustomStringConvertible, Sendable {
    /// The families of problems a data set can have.
    public enum Kind: Sendable, Equatable {
        /// The files (or the data set) were not found; the message says where we looked and how
        /// to get them.
        case missingFiles
        /// The file exists but cannot be opened or read.
        case unreadableFile
        /// The first bytes are not an IDX header (`00 00 08 nn`).
        case wrongMagic
        /// An IDX element type other than 0x08 (unsigned byte).
        case unsupportedType
        /// The file ends before its header or its data does (a cut download, a cut gzip stream).
        case truncated
        /// The header's sizes disagree with the data that follows, or the files' shapes disagree.
        case sizeMismatch
        /// An images file and its labels file hold different numbers of examples.
        case countMismatch
        /// A label is not below the data set's class count.
        case labelOutOfRange
        /// The gzip stream is corrupt (bad header, bad deflate data, bad checksum).
        case brokenGzip
        /// The request itself is wrong: an unknown data set name, a directory for a synthetic set.
        case invalidRequest
    }

    public let kind: Kind
    /// The file the problem is in, when it is about one file.
    public let file: String?
    /// What is wrong, in one line.
    public let problem: String

    public init(_ kind: Kind, file: String? = nil, _ problem: String) {
        self.kind = kind
        self.file = file
        self.problem = problem
    }

    public var description: String {
        guard let file else { return problem }
        return "\(file): \(problem)"
    }
}
