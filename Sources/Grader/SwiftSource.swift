import Foundation

/// Just enough Swift lexing for the grader's source scans: reading `@Test` display names and
/// spotting `unimplemented()` calls (here), and finding the suites' hints (`SwiftTokens` below,
/// for `HintScanner`). All must ignore comments, because the stubs' doc comments say "replace
/// each `unimplemented()`" and a commented-out `@Test` or hint is not one.
public enum SwiftSource {
    /// `text` with every `//` and (nested) `/* */` comment replaced by a space; string literals,
    /// including any `//` inside them, are kept as they are.
    public static func strippingComments(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        var inString = false
        while index < scalars.count {
            let scalar = scalars[index]
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            if inString {
                output.append(scalar)
                if scalar == "\\", let next {
                    output.append(next)
                    index += 2
                    continue
                }
                if scalar == "\"" || scalar == "\n" { inString = false }
                index += 1
            } else if scalar == "/" && next == "/" {
                while index < scalars.count && scalars[index] != "\n" { index += 1 }
                output.append(" ")
            } else if scalar == "/" && next == "*" {
                index = endOfBlockComment(scalars, from: index)
                output.append(" ")
            } else {
                if scalar == "\"" { inString = true }
                output.append(scalar)
                index += 1
            }
        }
        return String(output)
    }

    /// Whether code (not a comment) in `text` still calls the stubs' `unimplemented()`.
    public static func callsUnimplemented(_ text: String) -> Bool {
        strippingComments(text).contains(/\bunimplemented\s*\(/)
    }

    /// The `.swift` files directly inside `folder`, sorted by name (empty if it does not exist).
    public static func files(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".swift") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// The index just past the `*/` closing the comment opened at `start`, counting nested ones.
    private static func endOfBlockComment(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var depth = 0
        var index = start
        while index < scalars.count {
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            if scalars[index] == "/" && next == "*" {
                depth += 1
                index += 2
            } else if scalars[index] == "*" && next == "/" {
                depth -= 1
                index += 2
                if depth == 0 { return index }
            } else {
                index += 1
            }
        }
        return index
    }
}

/// Reads a lesson's checks and their points straight from its grading-suite sources.
///
/// The grader needs a lesson's maximum even when the lesson does not compile and so has no test
/// binary to list its tests; `grade self-check` makes sure this scan agrees with the runtime
/// listing for every lesson.
public enum PointsScanner {
    /// Every `@Test` in `source`, in order, named by its display-name string literal (a `@Test`
    /// without one is listed under `@Test` with no points, so the self-check can flag it).
    public static func checks(inSource source: String) -> [GradedCheck] {
        let code = SwiftSource.strippingComments(source)
        let test = /@Test\b(?:\s*\(\s*"((?:[^"\\\n]|\\.)*)")?/
        return code.matches(of: test).map { match in
            guard let literal = match.1 else { return GradedCheck(name: "@Test", points: nil) }
            return GradedCheck(name: unescape(String(literal)))
        }
    }

    /// The checks of every `.swift` file in `folder`, file by file in name order.
    public static func checks(inFolder folder: URL) throws -> [GradedCheck] {
        try SwiftSource.files(in: folder).flatMap { file in
            checks(inSource: try String(contentsOf: file, encoding: .utf8))
        }
    }

    /// The simple escapes a display name may use: `\"`, `\\`, `\t`, `\n`.
    private static func unescape(_ literal: String) -> String {
        var output = ""
        var escaping = false
        for character in literal {
            if escaping {
                switch character {
                case "n": output.append("\n")
                case "t": output.append("\t")
                default: output.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                output.append(character)
            }
        }
        return output
    }
}

/// Just enough of Swift's lexical structure for `HintScanner`: identifiers, string literals
/// (escapes decoded, each interpolation written `{expression}`), and single punctuation
/// characters, each with its line; comments and whitespace dropped.
struct SwiftTokens {
    enum Kind: Equatable {
        case identifier(String)
        case string(String)
        case punctuation(Character)
    }

    struct Token {
        let kind: Kind
        let line: Int
        var isString: Bool { if case .string = kind { true } else { false } }
        var isIdentifier: Bool { if case .identifier = kind { true } else { false } }
        var isPunctuation: Bool { if case .punctuation = kind { true } else { false } }
    }

    private(set) var tokens: [Token] = []
    private let characters: [Character]
    private var at = 0
    private var line = 1

    init(_ source: String) {
        characters = Array(source)
        while at < characters.count { next() }
    }

    private func peek(_ offset: Int = 0) -> Character? {
        at + offset < characters.count ? characters[at + offset] : nil
    }

    private mutating func advance() {
        if characters[at] == "\n" { line += 1 }
        at += 1
    }

    private mutating func next() {
        let character = characters[at]
        if character.isWhitespace {
            advance()
        } else if character == "/" && peek(1) == "/" {
            while let next = peek(), next != "\n" { _ = next; advance() }
        } else if character == "/" && peek(1) == "*" {
            var depth = 0
            repeat {
                if peek() == "/" && peek(1) == "*" { depth += 1; advance(); advance() }
                else if peek() == "*" && peek(1) == "/" { depth -= 1; advance(); advance() }
                else { advance() }
            } while depth > 0 && at < characters.count
        } else if character == "\"" {
            let start = line
            tokens.append(Token(kind: .string(stringLiteral()), line: start))
        } else if character == "_" || character.isLetter {
            var name = ""
            while let next = peek(), next == "_" || next.isLetter || next.isNumber { name.append(next); advance() }
            tokens.append(Token(kind: .identifier(name), line: line))
        } else {
            tokens.append(Token(kind: .punctuation(character), line: line))
            advance()
        }
    }

    /// The literal starting at `at` (a `"` or `"""`), decoded; `at` ends past its closing quote.
    private mutating func stringLiteral() -> String {
        let multiline = peek(1) == "\"" && peek(2) == "\""
        let delimiter = multiline ? 3 : 1
        for _ in 0..<delimiter { advance() }
        var text = ""
        while at < characters.count {
            let character = characters[at]
            if character == "\"" && (!multiline || (peek(1) == "\"" && peek(2) == "\"")) {
                for _ in 0..<delimiter { advance() }
                return text
            }
            if character == "\n" && !multiline { return text }
            if character == "\\" {
                advance()
                guard let escaped = peek() else { return text }
                advance()
                switch escaped {
                case "n": text.append("\n")
                case "t": text.append("\t")
                case "r": text.append("\r")
                case "0": text.append("\0")
                case "u":
                    var digits = ""
                    if peek() == "{" { advance() }
                    while let next = peek(), next != "}" { digits.append(next); advance() }
                    if peek() == "}" { advance() }
                    if let value = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
                case "(":
                    text += "{" + interpolation().filter { !$0.isWhitespace } + "}"
                default: text.append(escaped)
                }
                continue
            }
            text.append(character)
            advance()
        }
        return text
    }

    /// The expression of an interpolation whose `\(` was just read, as written; `at` ends past its `)`.
    private mutating func interpolation() -> String {
        var depth = 1
        var expression = ""
        while at < characters.count {
            let character = characters[at]
            if character == "\"" {
                expression += "\"" + stringLiteral() + "\""
                continue
            }
            if character == "(" { depth += 1 }
            if character == ")" {
                depth -= 1
                if depth == 0 { advance(); return expression }
            }
            expression.append(character)
            advance()
        }
        return expression
    }
}
