import ActivationCatalog
import ActivationCore
import CommandKit
import Foundation

/// `lab values <activation> [x …]`: prints `x f(x) f′(x)` for each input, so a student can probe
/// their own implementation. Inputs come from the command line or, when none are given, from
/// standard input, one per line.
enum ValuesCommand: Command {
    static let spec = CommandSpec(
        name: "values",
        summary: "print x, f(x) and f′(x) for an activation",
        arguments: [
            Argument("activation", help: ActivationCatalog.names.joined(separator: ", ")),
            Argument("x", help: "inputs (decimal, hex float, nan, inf, -inf); read from standard input when none", repeating: true),
        ],
        discussion: """
            Prints one line per input: x, f(x) and f′(x), each with nine significant digits so that
            it reads back to the same Float (nan, inf and -inf as such). With no inputs on the
            command line, reads them from standard input, one per line.
            """)

    static func run(_ arguments: ParsedArguments, console: Console) throws {
        let name = arguments.argument("activation")!
        let activation: any Activation
        do {
            activation = try ActivationCatalog.lookup(name)
        } catch {
            throw CommandError.usage(error.description)
        }
        var inputs = arguments.arguments("x")
        if inputs.isEmpty {
            while let line = readLine() {
                let word = line.trimmingCharacters(in: .whitespaces)
                if !word.isEmpty { inputs.append(word) }
            }
        }
        let values = try inputs.map { word throws(CommandError) -> Float in
            guard let x = parseFloat(word) else { throw .usage("'\(word)' is not a number") }
            return x
        }
        if ActivationCatalog.isStub(activation) {
            console.printError("lab values: warning: \(ActivationCatalog.stubAdvice(name))")
        }
        for x in values {
            console.print("\(format(x)) \(format(activation(x))) \(format(activation.derivative(x)))")
        }
    }

    /// Parses a decimal or hex-float number, and `nan`, `inf`, `-inf` in any case.
    static func parseFloat(_ word: String) -> Float? {
        switch word.lowercased() {
        case "nan": .nan
        case "inf", "+inf", "infinity": .infinity
        case "-inf", "-infinity": -.infinity
        default: Float(word)
        }
    }

    /// Nine significant digits: enough for any Float to read back exactly.
    static func format(_ x: Float) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        return String(format: "%.9g", Double(x))
    }
}
