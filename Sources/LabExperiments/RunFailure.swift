/// A run that could not finish, kept in the results so a summary never silently drops it.
public struct RunFailure: Error, Codable, Sendable, Hashable {
    public var spec: RunSpec
    public var message: String

    public init(spec: RunSpec, message: String) {
        self.spec = spec
        self.message = message
    }
}
