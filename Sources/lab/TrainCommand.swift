/// `lab train`: train a multilayer perceptron on a data set.
enum TrainCommand: Command {
    static let name = "train"
    static let summary = "train a multilayer perceptron on a data set"
    static let help = "usage: lab train (under construction)"

    static func run(_ arguments: [String]) throws {
        throw CommandError.failed("'lab train' is under construction")
    }
}
