/// `lab experiment`: run one of the articles' experiments and chart it.
enum ExperimentCommand: Command {
    static let name = "experiment"
    static let summary = "run one of the articles' experiments and chart it"
    static let help = "usage: lab experiment (under construction)"

    static func run(_ arguments: [String]) throws {
        throw CommandError.failed("'lab experiment' is under construction")
    }
}
