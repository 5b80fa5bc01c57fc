import ActivationCatalog
import Foundation

/// `lab values <activation> [x …]`: prints `x f(x) f′(x)` for each input, so a student can probe
/// their own implementation. Inputs come from the command line or, when none are given, from
/// standard input, one per line.
enum ValuesCommand: Command {
    static let name = "values"
    static let summary = "print x, f(x) and f′(x) for an activation"
    static let help = """
        usage: lab values <activation> [x …]

        Prints one line per input: x, f(x) and f′(x), each with nine significant digits so that
        it reads back to the same Float (nan, inf and -inf as such). With no inputs on the
        command line, reads them from standard input, one per line.

        activations: \(ActivationCatalog.names.joined(separator: ", "))
        """

    static func run(_ arguments: [String]) throws {
        guard let name = arguments.first else {
            throw CommandError.usage("name an activation: \(ActivationCatalog.names.joined(separator: ", "))")
        }
        guard let activation = ActivationCatalog.activation(named: name) else {
            throw CommandError.usage("unknown activation '\(name)'; choose one of \(ActivationCatalog.names.joined(separator: ", "))")
        }
        var inputs = Array(arguments.dropFirst())
        if inputs.isEmpty {
            while let line = readLine() {
                let word = line.trimmingCharacters(in: .whitespaces)
                if !word.isEmpty { inputs.append(word) }
            }
        }
        for word in inputs {
            guard let x = parseFloat(word) else {
                throw CommandError.usage("'\(word)' is not a number")
            }
            print("\(format(x)) \(format(activation(x))) \(format(activation.derivative(x)))")
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
