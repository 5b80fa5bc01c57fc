/// An error a `lab` command reports in one line before exiting non-zero.
enum CommandError: Error, CustomStringConvertible {
    /// The command line is wrong: exit status 2, with a pointer to `lab help`.
    case usage(String)
    /// The command could not do its work (missing data, a corrupt file, divergence): status 1.
    case failed(String)

    var description: String {
        switch self {
        case .usage(let message): "\(message) (see 'lab help')"
        case .failed(let message): message
        }
    }

    var exitStatus: Int32 {
        switch self {
        case .usage: 2
        case .failed: 1
        }
    }
}
