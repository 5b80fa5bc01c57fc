/// What a crashed driver left on its standard error that helps a student: the runtime's
/// `Fatal error: …` line (the checks keep the start of that output; see `Submission`).
public struct CrashReport: Equatable, Sendable {
    /// E.g. `Fatal error: Index out of range`.
    public let message: String?
    /// Where in the student's sources, when known.
    public let location: String?

    public init(message: String?, location: String?) {
        self.message = message
        self.location = location
    }
}
