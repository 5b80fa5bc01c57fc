/// Why an experiment could not run, in one line for the command line.
public struct ExperimentError: Error, CustomStringConvertible, Sendable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
