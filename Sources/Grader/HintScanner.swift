import Foundation

/// Finds every hint the grading suites can give, straight from their sources, so that
/// `HintCatalog.audit` can demand a translation of each one (and call a catalog entry stale when
/// no suite gives it any more). `grade self-check` also collects the hints actually given while it
/// grades the mutants, fixtures and stubs, and requires the scan to have found each of them, so a
/// hint written in a way this scan does not know cannot slip through.
///
/// A hint is every string literal (`"a" + "b"` counts as one) in
/// - the value of an argument or parameter labelled `…hint`, `…Hints` or `…Fallback` (`hint:`,
///   `valueHint:`, `gradientHints: ("…", "…")`, `valueFallback:`), including both sides of a
///   `?:` and the body of a closure;
/// - in a file named `…Hints.swift`: a dictionary value (`"tail": "…"`, the per-region tables)
///   and a `let`'s value (`static let overflow = "…"`).
///
/// An interpolation `\(name)` becomes the placeholder `{name}`: such a hint is a template.
public enum HintScanner {
    /// One hint as written: its text (interpolations as `{…}`), and where.
    public struct Hint: Equatable, Sendable {
        public let text: String
        /// Relative to the kit, e.g. `Tests/Grading/02-sigmoid/SigmoidHints.swift`.
        public let file: String
        public let line: Int
    }

    /// Every hint of the kit's suites (`Tests/GradingSupport`, `Tests/Grading/NN-topic`, not the
    /// drivers), each once, in file order.
    public static func hints(kit: URL) throws -> [Hint] {
        let grading = kit.appendingPathComponent("Tests/Grading")
        let lessons = try FileManager.default.contentsOfDirectory(atPath: grading.path).sorted()
            .map { grading.appendingPathComponent($0) }
            .filter { (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true }
        var found: [Hint] = []
        var seen: Set<String> = []
        for file in ([kit.appendingPathComponent("Tests/GradingSupport")] + lessons).flatMap(SwiftSource.files(in:)) {
            let relative = String(file.path.dropFirst(kit.standardizedFileURL.path.count + 1))
            for hint in hints(inSource: try String(contentsOf: file, encoding: .utf8), file: relative)
            where seen.insert(hint.text).inserted {
                found.append(hint)
            }
        }
        return found
    }

    /// The hints of one source file, in order (repeats included).
    public static func hints(inSource source: String, file: String) -> [Hint] {
        let tokens = SwiftTokens(source).tokens
        let hintFile = file.hasSuffix("Hints.swift")
        var found: [(index: Int, hint: Hint)] = []
        var taken: Set<Int> = []
        /// The literal at `index` and any `+ "…"` after it, as one hint.
        func take(_ index: Int) {
            guard !taken.contains(index), case .string(let text) = tokens[index].kind else { return }
            var whole = text
            var at = index
            taken.insert(index)
            while at + 2 < tokens.count, tokens[at + 1].kind == .punctuation("+"), case .string(let more) = tokens[at + 2].kind {
                whole += more
                at += 2
                taken.insert(at)
            }
            found.append((index, Hint(text: whole, file: file, line: tokens[index].line)))
        }
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .identifier(let name) where index + 1 < tokens.count && tokens[index + 1].kind == .punctuation(":"):
                let label = name.lowercased()
                guard label.hasSuffix("hint") || label.hasSuffix("hints") || label.hasSuffix("fallback"),
                      index == 0 || ![.identifier("let"), .identifier("var")].contains(tokens[index - 1].kind)
                else { continue }
                // The argument's value: up to the `,` or closing bracket that ends it, or the end
                // of its line. Literals inside a call's parentheses or a subscript's brackets are
                // arguments (`hints.value["tail"]`), not hints; inside a tuple, a closure or a
                // grouping they are.
                var open: [Bool] = []
                var at = index + 2
                scan: while at < tokens.count {
                    let previous = tokens[at - 1]
                    if open.isEmpty, tokens[at].line > previous.line, !tokens[at].isPunctuation, !previous.isPunctuation {
                        break scan
                    }
                    switch tokens[at].kind {
                    case .punctuation("("), .punctuation("["):
                        let call = at > index + 2 && (previous.isIdentifier
                            || [.punctuation(")"), .punctuation("]"), .punctuation("!"), .punctuation(">")].contains(previous.kind))
                        open.append(call)
                    case .punctuation("{"): open.append(false)
                    case .punctuation(")"), .punctuation("]"), .punctuation("}"):
                        if open.isEmpty { break scan }
                        open.removeLast()
                    case .punctuation(","): if open.isEmpty { break scan }
                    case .string: if !open.contains(true) { take(at) }
                    default: break
                    }
                    at += 1
                }
            case .string where hintFile && index >= 3:
                let dictionaryValue = tokens[index - 1].kind == .punctuation(":") && tokens[index - 2].isString
                    && [.punctuation("["), .punctuation(",")].contains(tokens[index - 3].kind)
                let letValue = tokens[index - 1].kind == .punctuation("=") && tokens[index - 3].kind == .identifier("let")
                if dictionaryValue || letValue { take(index) }
            default:
                break
            }
        }
        return found.sorted { $0.index < $1.index }.map(\.hint)
    }
}
