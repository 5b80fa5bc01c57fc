/// A tiny command-line parser: `--name value`, `--name=value`, boolean `--flag`s and positional
/// words, with an error for every flag nobody asked about (a typo never passes silently).
struct Arguments {
    private(set) var positional: [String] = []
    private var options: [String: String] = [:]
    private var flags: Set<String> = []
    private var consumed: Set<String> = []

    /// Parses `words`; `booleanFlags` names the flags that take no value.
    init(_ words: [String], booleanFlags: Set<String> = []) throws {
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            guard word.hasPrefix("--"), word.count > 2 else {
                positional.append(word)
                continue
            }
            let body = word.dropFirst(2)
            if let equals = body.firstIndex(of: "=") {
                options[String(body[..<equals])] = String(body[body.index(after: equals)...])
            } else if booleanFlags.contains(String(body)) {
                flags.insert(String(body))
            } else {
                guard index < words.count else {
                    throw CommandError.usage("--\(body) needs a value")
                }
                options[String(body)] = words[index]
                index += 1
            }
        }
    }

    /// The value of `--name`, if given.
    mutating func string(_ name: String) -> String? {
        consumed.insert(name)
        return options[name]
    }

    /// Whether the boolean `--name` was given.
    mutating func flag(_ name: String) -> Bool {
        consumed.insert(name)
        return flags.contains(name)
    }

    /// The value of `--name` converted by `parse`, or `defaultValue` when absent; a value that
    /// does not convert is a usage error naming the flag and the expected kind.
    mutating func value<T>(_ name: String, default defaultValue: T, kind: String,
                           _ parse: (String) -> T?) throws -> T {
        guard let text = string(name) else { return defaultValue }
        guard let parsed = parse(text) else {
            throw CommandError.usage("--\(name) expects \(kind), got '\(text)'")
        }
        return parsed
    }

    /// Throws for any option or flag that no `string`/`flag`/`value` call asked about.
    func rejectUnknown() throws {
        let unknown = Set(options.keys).union(flags).subtracting(consumed).sorted()
        if let first = unknown.first {
            throw CommandError.usage("unknown option --\(first)")
        }
    }
}
