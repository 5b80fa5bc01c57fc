/// A failure the grader reports as one line and an exit status, never as a crash.
public enum GradeError: Error, Equatable, CustomStringConvertible {
    /// The command line is wrong (an unknown lesson, a bad flag): exit status 2.
    case usage(String)
    /// The grader could not do its job (a kit that does not build for a reason no lesson
    /// explains, a missing folder, a tool that would not start): exit status 1.
    case failed(String)

    public var description: String {
        switch self {
        case .usage(let message): "\(message) (see 'grade --help')"
        case .failed(let message): message
        }
    }

    public var exitStatus: Int32 {
        switch self {
        case .usage: 2
        case .failed: 1
        }
    }
}
