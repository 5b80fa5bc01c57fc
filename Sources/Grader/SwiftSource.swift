import Foundation

/// Just enough Swift lexing for the grader's two source scans: reading `@Test` display names and
/// spotting `unimplemented()` calls. Both must ignore comments, because the stubs' doc comments
/// say "replace each `unimplemented()`" and a commented-out `@Test` is not a check.
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
