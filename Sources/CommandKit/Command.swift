/// A small command-line toolkit for the kit's tools (`lab`, and later `grade`): options declared
/// once, parsing that refuses anything it was not told about, and help generated from the same
/// declarations, so the help can never drift from what the parser accepts.
///
/// swift-argument-parser's ideas without the dependency (the kit builds with nothing but a
/// toolchain): a command declares its `CommandSpec` (options, positional arguments, help text);
/// `Program` picks the command from the first word, answers `--help`/`-h`/`help <command>`,
/// parses the rest and hands the command a `ParsedArguments`. Usage errors exit with status 2
/// and, for a near miss, say what was probably meant.

/// One option: a boolean `--flag`, or a `--name VALUE` (also `--name=VALUE`).
public struct Option: Sendable {
    public let name: String
    public let short: Character?
    /// The placeholder in help ("N", "DIR"); nil for a flag, which takes no value.
    public let valueName: String?
    public let help: String
    /// The value used when the option is absent, parsed like a given one (and shown in help).
    public let defaultValue: String?

    /// A boolean flag: present or not.
    public static func flag(_ name: String, short: Character? = nil, help: String) -> Option {
        Option(name: name, short: short, valueName: nil, help: help, defaultValue: nil)
    }

    /// An option with a value; `default` is what an absent option reads as.
    public static func value(_ name: String, _ valueName: String, default defaultValue: String? = nil,
                             short: Character? = nil, help: String) -> Option {
        Option(name: name, short: short, valueName: valueName, help: help, defaultValue: defaultValue)
    }

    var isFlag: Bool { valueName == nil }
}

/// A positional argument.
public struct Argument: Sendable {
    public let name: String
    public let help: String
    public let isOptional: Bool
    /// Takes every remaining word (e.g. `lab values relu 1 2 3`).
    public let isRepeating: Bool

    public init(_ name: String, help: String, optional: Bool = false, repeating: Bool = false) {
        self.name = name
        self.help = help
        self.isOptional = optional || repeating
        self.isRepeating = repeating
    }
}

/// Everything a command says about its command line; the help is generated from it.
public struct CommandSpec: Sendable {
    public let name: String
    /// One line for the program's command list.
    public let summary: String
    public let arguments: [Argument]
    public let options: [Option]
    /// Extra usage lines for other forms of the command (after the generated one).
    public let usage: [String]
    /// Paragraphs after the options.
    public let discussion: String

    public init(name: String, summary: String, arguments: [Argument] = [], options: [Option] = [],
                usage: [String] = [], discussion: String = "") {
        precondition(Set(options.map(\.name)).count == options.count, "\(name): an option declared twice")
        precondition(!options.contains { $0.name == "help" || $0.short == "h" }, "\(name): --help is built in")
        precondition(arguments.dropLast().allSatisfy { !$0.isRepeating }, "\(name): only the last argument repeats")
        self.name = name
        self.summary = summary
        self.arguments = arguments
        self.options = options
        self.usage = usage
        self.discussion = discussion
    }

    /// `lab train --help`: usage, arguments, options with their defaults, discussion.
    public func help(program: String) -> String {
        var synopsis = "\(program) \(name)"
        for argument in arguments {
            let word = argument.isRepeating ? "<\(argument.name)> …" : "<\(argument.name)>"
            synopsis += argument.isOptional ? " [\(word)]" : " \(word)"
        }
        if !options.isEmpty { synopsis += " [options]" }
        var lines = ["usage: \(synopsis)"] + usage.map { "       \(program) \(name) \($0)" }
        func table(_ rows: [(String, String)]) {
            let width = min(26, (rows.map(\.0.count).max() ?? 0) + 2)
            for (left, right) in rows {
                let padded = left.count >= width ? left + "  " : left.padding(toLength: width, withPad: " ", startingAt: 0)
                // Wrapped to 100 columns, continuation lines under the first.
                var line = "  " + padded
                var fresh = true
                for word in right.split(separator: " ") {
                    if !fresh && line.count + 1 + word.count > 100 {
                        lines.append(line)
                        line = String(repeating: " ", count: 2 + padded.count)
                        fresh = true
                    }
                    line += (fresh ? "" : " ") + word
                    fresh = false
                }
                lines.append(line)
            }
        }
        if !arguments.isEmpty {
            lines += ["", "arguments:"]
            table(arguments.map { ("<\($0.name)>", $0.help) })
        }
        lines += ["", "options:"]
        table(options.map { option in
            var left = option.short.map { "-\($0), " } ?? ""
            left += "--\(option.name)" + (option.valueName.map { " \($0)" } ?? "")
            let right = option.help + (option.defaultValue.map { " (default \($0))" } ?? "")
            return (left, right)
        } + [("-h, --help", "show this help")])
        if !discussion.isEmpty { lines += ["", discussion] }
        return lines.joined(separator: "\n")
    }

    /// Parses the words after the command's name.
    ///
    /// Throws `CommandError.help` for `--help`/`-h` anywhere, and `CommandError.usage` for an
    /// unknown option (with a suggestion when one is close), a flag given a value, an option
    /// without its value, a missing argument or a stray word. Values are converted, and so
    /// refused when malformed, by `ParsedArguments.value`, which every command calls before it
    /// starts any work.
    public func parse(_ words: [String]) throws(CommandError) -> ParsedArguments {
        if words.contains(where: { $0 == "--help" || $0 == "-h" }) { throw .help(self) }
        var values: [String: String] = [:]
        var flags: Set<String> = []
        var positional: [String] = []
        var index = 0
        var optionsEnded = false
        while index < words.count {
            let word = words[index]
            index += 1
            if optionsEnded || !word.hasPrefix("-") || word == "-" || Double(word) != nil || word.lowercased() == "-inf" {
                positional.append(word)
                continue
            }
            if word == "--" {
                optionsEnded = true
                continue
            }
            var key = word, attached: String?
            if word.hasPrefix("--"), let equals = word.firstIndex(of: "=") {
                key = String(word[..<equals])
                attached = String(word[word.index(after: equals)...])
            }
            guard let option = option(for: key) else {
                let known = options.map { "--\($0.name)" } + ["--help"]
                let hint = Suggestion.closest(to: key, among: known).map { "; did you mean '\($0)'?" } ?? ""
                throw .usage("unknown option '\(key)'\(hint)", command: name)
            }
            if option.isFlag {
                guard attached == nil else { throw .usage("--\(option.name) takes no value", command: name) }
                flags.insert(option.name)
            } else if let attached {
                values[option.name] = attached
            } else {
                guard index < words.count else {
                    throw .usage("--\(option.name) needs a value (\(option.valueName!))", command: name)
                }
                values[option.name] = words[index]
                index += 1
            }
        }
        var bound: [String: [String]] = [:]
        var rest = positional[...]
        for argument in arguments {
            if argument.isRepeating {
                bound[argument.name] = Array(rest)
                rest = []
            } else if let word = rest.popFirst() {
                bound[argument.name] = [word]
            } else if !argument.isOptional {
                throw .usage("missing <\(argument.name)>: \(argument.help)", command: name)
            }
        }
        if let stray = rest.first {
            throw .usage("unexpected argument '\(stray)'", command: name)
        }
        return ParsedArguments(spec: self, values: values, flags: flags, positional: bound)
    }

    private func option(for word: String) -> Option? {
        if word.hasPrefix("--") { return options.first { "--\($0.name)" == word } }
        guard word.count == 2, let letter = word.last else { return nil }
        return options.first { $0.short == letter }
    }
}

/// What a command line said, read through the command's declarations.
public struct ParsedArguments: Sendable {
    public let spec: CommandSpec
    let values: [String: String]
    let flags: Set<String>
    let positional: [String: [String]]

    private func declared(_ name: String, flag: Bool) -> Option {
        guard let option = spec.options.first(where: { $0.name == name }), option.isFlag == flag else {
            preconditionFailure("\(spec.name) reads --\(name), which it does not declare as a \(flag ? "flag" : "value")")
        }
        return option
    }

    /// Whether the flag was given.
    public func flag(_ name: String) -> Bool {
        _ = declared(name, flag: true)
        return flags.contains(name)
    }

    /// Whether the option was given on the command line (rather than defaulted).
    public func isGiven(_ name: String) -> Bool {
        _ = declared(name, flag: false)
        return values[name] != nil
    }

    /// The option's text: as given, else its declared default, else nil.
    public func string(_ name: String) -> String? {
        values[name] ?? declared(name, flag: false).defaultValue
    }

    /// The option converted by `kind`; nil when absent without a default. A value that does not
    /// convert is a usage error naming the option and what it expects.
    public func value<T>(_ name: String, _ kind: ValueKind<T>) throws(CommandError) -> T? {
        guard let text = string(name) else { return nil }
        guard let value = kind.parse(text) else {
            throw .usage("--\(name) expects \(kind.expectation), got '\(text)'", command: spec.name)
        }
        return value
    }

    /// The option converted by `kind`, which must have a value (given, or its default).
    public func value<T>(_ name: String, _ kind: ValueKind<T>, orDefault fallback: @autoclosure () -> T) throws(CommandError) -> T {
        try value(name, kind) ?? fallback()
    }

    /// A positional argument's word, nil when an optional one is absent.
    public func argument(_ name: String) -> String? {
        precondition(spec.arguments.contains { $0.name == name }, "\(spec.name) has no argument <\(name)>")
        return positional[name]?.first
    }

    /// Every word of a repeating argument.
    public func arguments(_ name: String) -> [String] {
        precondition(spec.arguments.contains { $0.name == name && $0.isRepeating }, "\(spec.name) has no repeating <\(name)>")
        return positional[name] ?? []
    }
}

/// How an option's text becomes a value, and what the error says it expected.
public struct ValueKind<T>: Sendable {
    public let expectation: String
    public let parse: @Sendable (String) -> T?

    public init(_ expectation: String, parse: @escaping @Sendable (String) -> T?) {
        self.expectation = expectation
        self.parse = parse
    }
}

extension ValueKind where T == Int {
    public static let positiveInteger = ValueKind("a positive integer") { Int($0).flatMap { $0 > 0 ? $0 : nil } }

    public static func integer(atLeast minimum: Int) -> ValueKind {
        ValueKind("an integer ≥ \(minimum)") { Int($0).flatMap { $0 >= minimum ? $0 : nil } }
    }
}

extension ValueKind where T == UInt64 {
    public static let seed = ValueKind("a non-negative integer") { UInt64($0) }
}

extension ValueKind where T == Double {
    public static let finiteNumber = ValueKind("a number") { Double($0).flatMap { $0.isFinite ? $0 : nil } }
    public static let positiveNumber = ValueKind("a positive number") { Double($0).flatMap { $0 > 0 && $0.isFinite ? $0 : nil } }

    /// A number in `low ..< high` (or `low < x < high` when `openBelow`).
    public static func number(from low: Double, below high: Double, openBelow: Bool = false) -> ValueKind {
        ValueKind(openBelow ? "a number in (\(low), \(high))" : "a number in [\(low), \(high))") { text in
            Double(text).flatMap { ($0 > low || (!openBelow && $0 == low)) && $0 < high ? $0 : nil }
        }
    }
}

extension ValueKind where T == String {
    public static let text = ValueKind("a value") { $0 }
}

extension ValueKind {
    /// One of the cases of a string enum, by raw value.
    public static func choice(_ type: T.Type) -> ValueKind where T: CaseIterable & RawRepresentable & Sendable, T.RawValue == String {
        let cases = Array(T.allCases)
        let names = cases.map(\.rawValue)
        // "adam or sgd", "glorot, he or lecun"
        let spelled = names.count <= 2 ? names.joined(separator: " or ")
            : names.dropLast().joined(separator: ", ") + " or " + names.last!
        return ValueKind(spelled) { text in cases.first { $0.rawValue == text } }
    }

    /// A comma-separated list, each item converted by `item` ("128,64").
    public static func list<Item>(of item: ValueKind<Item>) -> ValueKind where T == [Item] {
        ValueKind("a comma-separated list of \(item.expectation.replacingOccurrences(of: "a ", with: ""))s") { text in
            var items: [Item] = []
            for word in text.split(separator: ",", omittingEmptySubsequences: false) {
                guard let value = item.parse(String(word)) else { return nil }
                items.append(value)
            }
            return items.isEmpty ? nil : items
        }
    }
}

/// A failure a command reports as one line and an exit status, never as a crash.
public enum CommandError: Error, CustomStringConvertible {
    /// The command line is wrong: exit status 2, with a pointer to the command's help.
    case usage(String, command: String?)
    /// The command could not do its work (missing data, a corrupt file, divergence): status 1.
    case failed(String)
    /// `--help` or `-h` was given: print the command's help and exit 0.
    case help(CommandSpec)

    public static func usage(_ message: String) -> CommandError { .usage(message, command: nil) }

    public var description: String {
        switch self {
        case .usage(let message, _): message
        case .failed(let message): message
        case .help(let spec): "help for \(spec.name)"
        }
    }

    public var exitStatus: Int32 {
        switch self {
        case .usage: 2
        case .failed: 1
        case .help: 0
        }
    }
}

/// "did you mean …": the closest candidate within a small edit distance.
public enum Suggestion {
    /// The candidate nearest `word` by edit distance, if it is within a third of the
    /// word's length (at least 1, at most 3), or one that `word` is a prefix of.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let limit = min(3, max(1, word.count / 3))
        let scored = candidates.map { ($0, distance(word.lowercased(), $0.lowercased())) }
        if let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= limit { return best.0 }
        let prefixed = candidates.filter { $0.hasPrefix(word) && word.count >= 3 }
        return prefixed.count == 1 ? prefixed[0] : nil
    }

    /// Edit distance counting insertions, deletions, substitutions and swaps of two neighbours
    /// (the commonest typo, "trian") as one edit each.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
