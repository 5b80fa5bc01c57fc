/// `lab bench`: time the reference trainer (seconds per epoch, GFLOP/s, memory).
enum BenchCommand: Command {
    static let name = "bench"
    static let summary = "time the reference trainer (seconds per epoch, GFLOP/s, memory)"
    static let help = "usage: lab bench (under construction)"

    static func run(_ arguments: [String]) throws {
        throw CommandError.failed("'lab bench' is under construction")
    }
}
