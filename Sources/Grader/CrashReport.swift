/// What a crashed test process left in its output that helps a student: the runtime's
/// `Fatal error: …` line and the first backtrace frame inside the lesson's own sources.
public struct CrashReport: Equatable, Sendable {
    /// E.g. `Fatal error: Index out of range`.
    public let message: String?
    /// E.g. `Exercises/03-tanh/Tanh.swift:12`, relative to the kit.
    public let location: String?
    /// The signal `swift test` says killed the tests it ran (macOS, where the grader cannot run
    /// the test binary itself and so only sees `swift test` exit with status 1).
    public let signal: Int32?

    public init(message: String?, location: String?, signal: Int32? = nil) {
        self.message = message
        self.location = location
        self.signal = signal
    }

    /// Reads the test process's output. `sourceFolder` is the lesson's folder relative to the
    /// kit (`Exercises/03-tanh`): a backtrace frame ` at /…/Exercises/03-tanh/Tanh.swift:12:9`
    /// becomes the location.
    public init(log: String, sourceFolder: String) {
        var message: String?
        var location: String?
        var signal: Int32?
        for line in log.split(whereSeparator: \.isNewline) {
            if let match = line.firstMatch(of: /[Ee]xited with unexpected signal code (\d+)/) {
                signal = Int32(match.1)
            }
            if message == nil, let range = line.range(of: "Fatal error") {
                message = String(line[range.lowerBound...])
            }
            if location == nil, let range = line.range(of: "/\(sourceFolder)/"),
               let match = line[range.lowerBound...].dropFirst().firstMatch(of: /^([^:\s]+):(\d+)/) {
                location = "\(match.1):\(match.2)"
            }
        }
        self.init(message: message, location: location, signal: signal)
    }
}
