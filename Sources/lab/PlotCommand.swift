/// `lab plot`: draw an activation and its derivative as SVG.
enum PlotCommand: Command {
    static let name = "plot"
    static let summary = "draw an activation and its derivative as SVG"
    static let help = "usage: lab plot (under construction)"

    static func run(_ arguments: [String]) throws {
        throw CommandError.failed("'lab plot' is under construction")
    }
}
