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
