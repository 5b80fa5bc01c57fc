/// One `lab` subcommand.
protocol Command {
    /// The word after `lab`.
    static var name: String { get }
    /// One line for `lab help`.
    static var summary: String { get }
    /// The full usage text for `lab help <name>`.
    static var help: String { get }
    /// Runs with the words after the command's name; throws `CommandError` for a clear exit.
    static func run(_ arguments: [String]) throws
}
