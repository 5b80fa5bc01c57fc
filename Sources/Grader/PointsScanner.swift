import Foundation

/// Reads a lesson's checks and their points straight from its grading-suite sources.
///
/// The grader needs a lesson's maximum even when the lesson does not compile and so has no test
/// binary to list its tests; `grade --self-check` makes sure this scan agrees with the runtime
/// listing for every lesson.
public enum PointsScanner {
    /// Every `@Test` in `source`, in order, named by its display-name string literal (a `@Test`
    /// without one is listed under `@Test` with no points, so the self-check can flag it).
    public static func checks(inSource source: String) -> [Check] {
        let code = SwiftSource.strippingComments(source)
        let test = /@Test\b(?:\s*\(\s*"((?:[^"\\\n]|\\.)*)")?/
        return code.matches(of: test).map { match in
            guard let literal = match.1 else { return Check(name: "@Test", points: nil) }
            return Check(name: unescape(String(literal)))
        }
    }

    /// The checks of every `.swift` file in `folder`, file by file in name order.
    public static func checks(inFolder folder: URL) throws -> [Check] {
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
