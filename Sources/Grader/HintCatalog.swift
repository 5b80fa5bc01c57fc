import Foundation

/// The grading suites' hints in one language other than English, keyed by their English text.
///
/// A suite writes each hint once, in English, where it is used (`hint: "…"`, a `Hints` table,
/// `static let` in a `…Hints.swift` file); the checker records it in English and the grader
/// translates it here, when it writes for a student. So the checker, its results and class
/// grading's cache know nothing of languages, and a hint chosen at run time (`x.magnitude > 88 ?
/// Hints.overflow : Hints.notFinite`) is translated like any other.
///
/// - A hint's closing pointer to its lesson, `(Hint 2 in Exercises/02-sigmoid/README.md)` or
///   `(Hints 3 and 4 in …)`, is not part of the key: `HintPointer` writes it in the target
///   language, naming that language's page (`README.zh-Hant.md`) and the same hint numbers.
/// - A hint built from values (`"\(name)(0) = α·0 = 0"`) is a template: its key and its
///   translation name the values as `{name}`, filled in from the English hint.
/// - An English hint with no entry prints in English. `grade self-check` and `HintCatalogTests`
///   (`HintCatalog.audit`) fail on any hint the suites can give that a catalog lacks, on entries
///   no suite gives any more, and on translations whose numbers, code or placeholders differ
///   from the English.
///
/// The entries are in `HintCatalog+zhHant.swift` and `HintCatalog+zhHans.swift`.
public struct HintCatalog: Sendable {
    public let language: Language
    /// The entries as written (English body → translated body), in order.
    public let entries: [(english: String, translation: String)]
    private let exact: [String: String]
    private let templates: [(key: HintTemplate, translation: String)]

    init(_ language: Language, _ pairs: KeyValuePairs<String, String>) {
        self.language = language
        entries = pairs.map { ($0.key, $0.value) }
        exact = Dictionary(entries.filter { !HintTemplate.isTemplate($0.english) }, uniquingKeysWith: { first, _ in first })
        templates = entries.filter { HintTemplate.isTemplate($0.english) }.map { (HintTemplate($0.english), $0.translation) }
    }

    /// The catalog of `language`; nil for English, which needs none.
    public static func `for`(_ language: Language) -> HintCatalog? {
        switch language {
        case .english: nil
        case .traditionalChinese: traditionalChinese
        case .simplifiedChinese: simplifiedChinese
        }
    }

    /// The catalogs of every language but English.
    public static var all: [HintCatalog] { Language.allCases.compactMap(HintCatalog.for) }

    /// The source file holding this catalog's entries.
    public var file: String {
        "Sources/Grader/HintCatalog+\(language == .traditionalChinese ? "zhHant" : "zhHans").swift"
    }

    /// `hint` in this language, its pointer included; nil when the catalog lacks it.
    public func translate(_ hint: String) -> String? {
        let (body, pointer) = HintPointer.split(hint)
        guard let translated = translateBody(body) else { return nil }
        return translated + (pointer.map { $0.text(in: language) } ?? "")
    }

    /// A hint's text without its pointer, in this language: an exact entry, else the first
    /// template that matches it, its placeholders filled in.
    func translateBody(_ body: String) -> String? {
        if let translation = exact[body] { return translation }
        for (key, translation) in templates {
            if let values = key.match(body) { return HintTemplate.fill(translation, with: values) }
        }
        return nil
    }

    /// Whether `body` (a hint without its pointer) has an entry: the same text, or a template
    /// it fills in.
    func has(_ body: String) -> Bool { translateBody(body) != nil }

    // MARK: Completeness

    /// Everything wrong with the catalogs against `hints`, the hints the suites can give
    /// (`HintScanner.hints(kit:)`, plus any seen at run time): one line per hint a catalog
    /// lacks, per entry no suite gives any more, per entry written twice, and per translation
    /// whose numbers, `code` or `{placeholders}` are not those of the English. Empty when all is well.
    public static func audit(hints: [HintScanner.Hint], catalogs: [HintCatalog] = all) -> [String] {
        var problems: [String] = []
        var firstPlace: [String: HintScanner.Hint] = [:]
        var bodies: [String] = []
        for hint in hints {
            let body = HintPointer.split(hint.text).body
            if firstPlace[body] == nil {
                firstPlace[body] = hint
                bodies.append(body)
            }
        }
        let given = HintTexts(bodies)
        for catalog in catalogs {
            let name = catalog.language.rawValue
            for body in bodies where !catalog.has(body) {
                let place = firstPlace[body].map { " (\($0.file):\($0.line))" } ?? ""
                problems.append("\(name): no translation of the hint “\(body)”\(place); add it to \(catalog.file)")
            }
            var seen: Set<String> = []
            for entry in catalog.entries {
                if !seen.insert(entry.english).inserted {
                    problems.append("\(name): “\(entry.english)” is in \(catalog.file) twice")
                }
                if !given.covered(by: entry.english) {
                    problems.append("\(name): stale entry “\(entry.english)”: no suite gives this hint any more; "
                                    + "update or remove it in \(catalog.file)")
                }
                for (what, pick) in [("numbers", numbers), ("code", codeSpans), ("placeholders", HintTemplate.placeholders)]
                where pick(entry.english) != pick(entry.translation) {
                    problems.append("\(name): the translation of “\(entry.english)” changes its \(what) "
                                    + "(\(pick(entry.english)) → \(pick(entry.translation))) in \(catalog.file)")
                }
                if entry.translation.contains("README.md") || entry.translation.range(of: #"\(Hints? [0-9]"#, options: .regularExpression) != nil {
                    problems.append("\(name): the translation of “\(entry.english)” names an English page or hint; "
                                    + "the grader adds the pointer to \(catalog.language.readmeName) itself")
                }
            }
        }
        return problems
    }

    /// The numbers of a text, sorted: a translation keeps every one of them (`88.72`, `1/2`, `2026`).
    static func numbers(_ text: String) -> [String] {
        text.matches(of: /[0-9]+(?:\.[0-9]+)?/).map { String($0.output) }.sorted()
    }

    /// The `code` spans of a text, sorted.
    static func codeSpans(_ text: String) -> [String] {
        text.matches(of: /`[^`]*`/).map { String($0.output) }.sorted()
    }
}

/// A set of hint texts (without pointers; a suite's templates among them) that answers quickly
/// whether a hint is one of them.
struct HintTexts {
    private let exact: Set<String>
    private let templates: [HintTemplate]
    private let texts: [String]

    init(_ texts: [String]) {
        self.texts = texts
        exact = Set(texts)
        templates = texts.filter(HintTemplate.isTemplate).map(HintTemplate.init)
    }

    /// Whether `body`, a hint as given, is one of these texts or fills in one of their templates.
    func contains(_ body: String) -> Bool {
        exact.contains(body) || templates.contains { $0.match(body) != nil }
    }

    /// Whether a catalog entry's English `key` is one of these texts, or a template one of them fills in.
    func covered(by key: String) -> Bool {
        if exact.contains(key) { return true }
        guard HintTemplate.isTemplate(key) else { return false }
        let template = HintTemplate(key)
        return texts.contains { template.match($0) != nil }
    }
}

/// A hint's closing pointer to the lesson hint that helps: `(Hint 2 in Exercises/02-sigmoid/README.md)`,
/// `(Hints 1 and 2 in …)`, `(Hints 1, 2 and 5 in …)`.
public struct HintPointer: Equatable, Sendable {
    /// The lesson hints' numbers, as written in every edition of the lesson.
    public let numbers: [Int]
    /// The lesson's folder, `Exercises/02-sigmoid`.
    public let folder: String

    /// The hint without its pointer, and the pointer if it ends with one.
    public static func split(_ hint: String) -> (body: String, pointer: HintPointer?) {
        guard let match = hint.firstMatch(of: /\ \((?:Hint (\d+)|Hints ((?:\d+, )*\d+ and \d+)) in ([^\s()]+)\/README\.md\)$/)
        else { return (hint, nil) }
        let list = match.1.map { [String($0)] }
            ?? String(match.2 ?? "").replacingOccurrences(of: " and ", with: ", ").components(separatedBy: ", ")
        let numbers = list.compactMap { Int($0) }
        return (String(hint[..<match.range.lowerBound]), HintPointer(numbers: numbers, folder: String(match.3)))
    }

    /// The pointer in `language`, to that language's page:
    /// `（見 Exercises/02-sigmoid/README.zh-Hant.md 的提示 1 和 2）`.
    public func text(in language: Language) -> String {
        let page = "\(folder)/\(language.readmeName)"
        let words = numbers.map(String.init)
        switch language {
        case .english:
            let list = words.count == 1 ? words[0] : words.dropLast().joined(separator: ", ") + " and " + words.last!
            return " (Hint\(words.count == 1 ? "" : "s") \(list) in \(page))"
        case .traditionalChinese, .simplifiedChinese:
            let list = words.count == 1 ? words[0] : words.dropLast().joined(separator: "、") + " 和 " + words.last!
            return language == .traditionalChinese ? "（見 \(page) 的提示 \(list)）" : "（见 \(page) 的提示 \(list)）"
        }
    }
}

/// A hint with `{placeholders}` for the values it is built from.
struct HintTemplate {
    /// Literal text and placeholder names, alternating, starting and ending with literal text.
    private let literals: [String]
    private let names: [String]

    /// A placeholder: `{` and a name without braces or spaces… (what the scanner writes for `\(expression)`).
    private static var placeholder: Regex<Substring> { /\{[^{}\s]+\}/ }

    static func isTemplate(_ text: String) -> Bool { text.contains(placeholder) }

    static func placeholders(_ text: String) -> [String] {
        text.matches(of: placeholder).map { String($0.output) }.sorted()
    }

    init(_ key: String) {
        var literals: [String] = []
        var names: [String] = []
        var rest = key[...]
        while let match = rest.firstMatch(of: Self.placeholder) {
            literals.append(String(rest[..<match.range.lowerBound]))
            names.append(String(match.output.dropFirst().dropLast()))
            rest = rest[match.range.upperBound...]
        }
        literals.append(String(rest))
        self.literals = literals
        self.names = names
    }

    /// The placeholders' values if `text` is this template filled in (each value non-empty).
    func match(_ text: String) -> [String: String]? {
        guard text.hasPrefix(literals[0]) else { return nil }
        return match(text[text.index(text.startIndex, offsetBy: literals[0].count)...], from: 0, values: [:])
    }

    /// Backtracking over where each value ends.
    private func match(_ rest: Substring, from index: Int, values: [String: String]) -> [String: String]? {
        if index == names.count { return rest.isEmpty ? values : nil }
        let literal = literals[index + 1]
        guard !rest.isEmpty else { return nil }
        var end = rest.index(after: rest.startIndex)
        while true {
            let after = rest[end...]
            if after.hasPrefix(literal) {
                let value = String(rest[..<end])
                if values[names[index]].map({ $0 == value }) ?? true {
                    var next = values
                    next[names[index]] = value
                    if let found = match(after.dropFirst(literal.count), from: index + 1, values: next) { return found }
                }
            }
            if end == rest.endIndex { return nil }
            end = rest.index(after: end)
        }
    }

    /// `translation` with each `{name}` replaced by its value.
    static func fill(_ translation: String, with values: [String: String]) -> String {
        values.reduce(translation) { text, value in text.replacingOccurrences(of: "{\(value.key)}", with: value.value) }
    }
}
