import CommandKit
import Foundation
import GradingProtocol

/// The kit's translated pages and `grade translations` (`make translations`, part of
/// `make test`): which translations are current, which went stale because their English page
/// changed, which are missing, and whether their headers, language bars and links hold.
///
/// A translation `X.<edition>.md` sits beside its English page `X.md` and starts with
///
///     <!-- translation-of: X.md sha256: <sha256sum of X.md, 64 lowercase hex digits> -->
///     [English](X.md) · 繁體中文 · [简体中文](X.zh-Hans.md)
///
/// Line 1 records which bytes of the English page the text was last brought up to date with;
/// line 2 is the language bar. Every English page starts with a bar of its own,
/// `English · [繁體中文](X.zh-Hant.md) · [简体中文](X.zh-Hans.md)`. A translation is *current*
/// while the English page still has the recorded digest, and *stale* once anybody edits it.
///
/// What the kit must translate is said once, in `TranslationSet.kit`.
struct TranslationSet: Sendable {
    /// One language edition: the code in the file name (`README.zh-Hant.md`) and the name its
    /// language bar shows.
    struct Edition: Equatable, Sendable {
        let code: String
        let name: String
    }

    /// Glob patterns (`*` is one folder name) of the English pages every edition must exist for.
    let pages: [String]
    let editions: [Edition]
    /// Swift files whose first line must point to the page beside them in every language:
    /// pattern → the label of that line (`// Lesson: Exercises/02-sigmoid/README.md · …`).
    let pointers: [(pattern: String, label: String)]

    /// The kit's set: every lesson, every lesson's reference notes and the root README, in
    /// Traditional (Taiwan) and Simplified Chinese; the stubs and the Solutions point to the
    /// README of their folder. `make test` fails unless all of it holds.
    ///
    /// This is the one place to change what the kit requires. To let a part go untranslated for a
    /// while (say the reference notes, while they are being written), remove its pattern here in a
    /// commit that says why, and put it back when the pages land; the translations that do exist
    /// are still checked, stale or not, wherever they are.
    static let kit = TranslationSet(
        pages: ["README.md", "Exercises/*/README.md", "Solutions/*/README.md"],
        editions: [Edition(code: "zh-Hant", name: "繁體中文"), Edition(code: "zh-Hans", name: "简体中文")],
        pointers: [(pattern: "Exercises/*/*.swift", label: "Lesson"), (pattern: "Solutions/*/*.swift", label: "Reference notes")])

    /// `X.zh-Hant.md` for `X.md`.
    static func translationPath(of page: String, _ edition: Edition) -> String {
        (page.hasSuffix(".md") ? String(page.dropLast(3)) : page) + ".\(edition.code).md"
    }

    /// The line that must begin a page: the English page's bar (`edition` nil) or an edition's.
    /// Each language's name, a link except for the page's own language.
    func languageBar(for page: String, edition: Edition?) -> String {
        let name = (page as NSString).lastPathComponent
        let english = edition == nil ? "English" : "[English](\(name))"
        return ([english] + editions.map { other in
            other == edition ? other.name : "[\(other.name)](\(Self.translationPath(of: name, other)))"
        }).joined(separator: " · ")
    }

    /// The first line of a Swift file `file` matched by a pointer pattern with `label`.
    func pointer(for file: String, label: String) -> String {
        let folder = (file as NSString).deletingLastPathComponent
        return "// \(label): \(folder)/README.md" + editions.map { " · \($0.name) \(Self.translationPath(of: "README.md", $0))" }.joined()
    }

    /// The kit files (relative paths, sorted) that `pattern` matches; `*` matches one path
    /// component, not starting with a dot.
    static func expand(_ pattern: String, in kit: URL) -> [String] {
        var paths = [""]
        for component in pattern.split(separator: "/").map(String.init) {
            paths = paths.flatMap { prefix -> [String] in
                let folder = prefix.isEmpty ? kit : kit.appendingPathComponent(prefix)
                let names: [String]
                if component.contains("*") {
                    let regex = "^" + component.split(separator: "*", omittingEmptySubsequences: false)
                        .map { NSRegularExpression.escapedPattern(for: String($0)) }.joined(separator: "[^/]*") + "$"
                    names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
                        .filter { !$0.hasPrefix(".") && $0.range(of: regex, options: .regularExpression) != nil }
                } else {
                    names = [component]
                }
                return names.map { prefix.isEmpty ? $0 : "\(prefix)/\($0)" }
            }
        }
        return paths.filter { FileManager.default.fileExists(atPath: kit.appendingPathComponent($0).path) }.sorted()
    }
}

/// What `grade translations` found: one entry per translation, and the problems of pages.
struct TranslationReport: Sendable {
    enum State: Equatable, Sendable {
        case current
        /// The English page's digest is no longer the one the header records.
        case stale(recorded: String)
        case missing
        /// Line 1 is not a well-formed header (or names another page than the file's own).
        case malformed(String)
        /// The header names an English page that does not exist.
        case noSource(String)
    }

    struct Entry: Sendable {
        /// Relative to the kit: `Exercises/02-sigmoid/README.zh-Hant.md`.
        let translation: String
        /// The English page it translates, relative to the kit.
        let source: String
        let edition: TranslationSet.Edition
        let state: State
    }

    /// A problem at a place in a file: a language bar, a link, a pointer.
    struct Problem: Equatable, Sendable {
        enum Kind: String, Sendable {
            case bar = "BAR"
            case link = "LINK"
            case pointer = "POINTER"
        }
        let kind: Kind
        /// `file:line`.
        let place: String
        let message: String
    }

    var entries: [Entry] = []
    var problems: [Problem] = []

    var passes: Bool { problems.isEmpty && entries.allSatisfy { $0.state == .current } }

    func count(_ matches: (State) -> Bool) -> Int { entries.filter { matches($0.state) }.count }

    /// "24 of 50 translations current, 3 stale, 20 missing, 1 malformed header; 2 broken links".
    var summary: String {
        func plural(_ n: Int, _ word: String, _ words: String) -> String { "\(n) \(n == 1 ? word : words)" }
        var parts = ["\(count { $0 == .current }) of \(plural(entries.count, "translation", "translations")) current"]
        let stale = count { if case .stale = $0 { true } else { false } }
        let malformed = count { if case .malformed = $0 { true } else { false } }
        let orphans = count { if case .noSource = $0 { true } else { false } }
        if stale > 0 { parts.append("\(stale) stale") }
        if count({ $0 == .missing }) > 0 { parts.append("\(count { $0 == .missing }) missing") }
        if malformed > 0 { parts.append(plural(malformed, "malformed header", "malformed headers")) }
        if orphans > 0 { parts.append(plural(orphans, "without its English page", "without their English pages")) }
        var text = parts.joined(separator: ", ")
        let others = [(TranslationReport.Problem.Kind.bar, "language bar wrong or missing", "language bars wrong or missing"),
                      (.link, "broken link", "broken links"), (.pointer, "source file without its lesson pointer", "source files without their lesson pointers")]
            .compactMap { kind, one, many in
                let n = problems.filter { $0.kind == kind }.count
                return n == 0 ? nil : plural(n, one, many)
            }
        if !others.isEmpty { text += "; " + others.joined(separator: ", ") }
        return text
    }
}

/// `grade translations`: the check, its report, and `--stamp`.
struct TranslationCheck {
    let kit: URL
    var set = TranslationSet.kit

    // MARK: The check

    /// Looks at every page of the set and every translation in the kit.
    func run() -> TranslationReport {
        var report = TranslationReport()
        let translations = discoverTranslations()
        var sources: [String] = []
        // The set's pages first, each with its editions; then translations of other pages.
        for page in set.pages.flatMap({ TranslationSet.expand($0, in: kit) }) where !sources.contains(page) {
            sources.append(page)
            for edition in set.editions {
                let path = TranslationSet.translationPath(of: page, edition)
                report.entries.append(translations.contains(path)
                    ? inspect(path, edition: edition, source: page, report: &report)
                    : .init(translation: path, source: page, edition: edition, state: .missing))
            }
        }
        for (path, edition) in translations.sorted().compactMap({ path in editionOf(path).map { (path, $0) } })
        where !report.entries.contains(where: { $0.translation == path }) {
            let page = String(path.dropLast(".\(edition.code).md".count)) + ".md"
            let entry = inspect(path, edition: edition, source: page, report: &report)
            report.entries.append(entry)
            if !sources.contains(page), FileManager.default.fileExists(atPath: kit.appendingPathComponent(page).path) {
                sources.append(page)
            }
        }
        for page in sources {
            checkBar(of: page, edition: nil, lineNumber: 1, report: &report)
        }
        for pointer in set.pointers {
            for file in TranslationSet.expand(pointer.pattern, in: kit) {
                let expected = set.pointer(for: file, label: pointer.label)
                let first = firstLines(of: file, 1).first ?? ""
                if first != expected {
                    report.problems.append(.init(kind: .pointer, place: "\(file):1",
                                                 message: "must be the pointer to its folder's README: \(expected)"))
                }
            }
        }
        return report
    }

    /// Every `*.<edition>.md` in the kit (relative paths), outside hidden and build folders.
    func discoverTranslations() -> Set<String> {
        var found: Set<String> = []
        guard let walker = FileManager.default.enumerator(at: kit, includingPropertiesForKeys: [.isRegularFileKey],
                                                          options: [.skipsHiddenFiles]) else { return [] }
        let prefix = kit.standardizedFileURL.path + "/"
        for case let url as URL in walker {
            if url.lastPathComponent == "Results" || url.lastPathComponent == "node_modules" { walker.skipDescendants(); continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(prefix), editionOf(url.lastPathComponent) != nil,
                  (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            found.insert(String(path.dropFirst(prefix.count)))
        }
        return found
    }

    private func editionOf(_ path: String) -> TranslationSet.Edition? {
        set.editions.first { path.hasSuffix(".\($0.code).md") }
    }

    /// The header and state of the translation at `path`, whose file name says it translates
    /// `source`; its language bar and links go into `report`.
    private func inspect(_ path: String, edition: TranslationSet.Edition, source: String,
                         report: inout TranslationReport) -> TranslationReport.Entry {
        func entry(_ state: TranslationReport.State) -> TranslationReport.Entry {
            .init(translation: path, source: source, edition: edition, state: state)
        }
        let expectedName = (source as NSString).lastPathComponent
        let first = firstLines(of: path, 1).first ?? ""
        let state: TranslationReport.State
        if let header = Header(line: first, strict: true) {
            if header.source != expectedName {
                state = .malformed("names \(header.source); the translation \((path as NSString).lastPathComponent) must name \(expectedName)")
            } else if !FileManager.default.fileExists(atPath: kit.appendingPathComponent(source).path) {
                state = .noSource("names \(header.source), and there is no \(source)")
            } else if let digest = try? SHA256.hex(ofFile: kit.appendingPathComponent(source)) {
                state = digest == header.digest ? .current : .stale(recorded: header.digest)
            } else {
                state = .noSource("names \(header.source), and \(source) cannot be read")
            }
        } else {
            state = .malformed("line 1 must be <!-- translation-of: \(expectedName) sha256: <64 lowercase hex digits of sha256sum \(expectedName)> -->")
        }
        checkBar(of: path, edition: edition, lineNumber: 2, report: &report)
        report.problems += brokenLinks(in: path)
        return entry(state)
    }

    /// Whether line `lineNumber` of `page` (the English page when `edition` is nil) links every
    /// other language of the page.
    private func checkBar(of page: String, edition: TranslationSet.Edition?, lineNumber: Int,
                          report: inout TranslationReport) {
        let line = firstLines(of: page, lineNumber).dropFirst(lineNumber - 1).first ?? ""
        let name = (page as NSString).lastPathComponent
        let english = edition.map { String(name.dropLast(".\($0.code).md".count)) + ".md" } ?? name
        let wanted = ([edition == nil ? nil : english] + set.editions.filter { $0 != edition }
            .map { TranslationSet.translationPath(of: english, $0) }).compactMap { $0 }
        let linked = Set(MarkdownLinks.targets(inLine: line))
        if !wanted.allSatisfy(linked.contains) {
            report.problems.append(.init(kind: .bar, place: "\(page):\(lineNumber)",
                                         message: "must be the language bar: \(set.languageBar(for: english, edition: edition))"))
        }
    }

    /// Relative links and images of `page` whose file does not exist, or whose `#anchor` is no
    /// heading of the page it points to.
    func brokenLinks(in page: String) -> [TranslationReport.Problem] {
        guard let text = read(page) else { return [] }
        let folder = kit.appendingPathComponent((page as NSString).deletingLastPathComponent)
        let root = kit.standardizedFileURL.path
        var problems: [TranslationReport.Problem] = []
        var anchorsByFile: [String: Set<String>] = [:]
        for link in MarkdownLinks.links(in: text) {
            let target = link.target
            if target.range(of: #"^[A-Za-z][A-Za-z0-9+.-]*:"#, options: .regularExpression) != nil || target.hasPrefix("//") { continue }
            let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let path = parts[0].removingPercentEncoding ?? parts[0]
            let fragment = parts.count > 1 ? (parts[1].removingPercentEncoding ?? parts[1]) : ""
            func problem(_ message: String) {
                problems.append(.init(kind: .link, place: "\(page):\(link.line)", message: "(\(target)) \(message)"))
            }
            let file = path.isEmpty ? kit.appendingPathComponent(page)
                : (path.hasPrefix("/") ? kit.appendingPathComponent(String(path.dropFirst())) : folder.appendingPathComponent(path))
            let resolved = file.standardizedFileURL.path
            guard resolved == root || resolved.hasPrefix(root + "/") else {
                problem("points outside the kit")
                continue
            }
            guard FileManager.default.fileExists(atPath: resolved) else {
                problem("\(String(resolved.dropFirst(root.count + 1))) does not exist")
                continue
            }
            guard !fragment.isEmpty, resolved.hasSuffix(".md") else { continue }
            if anchorsByFile[resolved] == nil {
                anchorsByFile[resolved] = MarkdownLinks.anchors(in: (try? String(contentsOfFile: resolved, encoding: .utf8)) ?? "")
            }
            if !anchorsByFile[resolved]!.contains(fragment.lowercased()) {
                problem("no heading of \(String(resolved.dropFirst(root.count + 1))) has the anchor #\(fragment)")
            }
        }
        return problems
    }

    private func read(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: kit.appendingPathComponent(path).path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// The first `count` lines of a kit file (fewer if it is shorter), without line breaks.
    private func firstLines(of path: String, _ count: Int) -> [String] {
        guard let text = read(path) else { return [] }
        return text.split(separator: "\n", maxSplits: count, omittingEmptySubsequences: false).prefix(count).map(String.init)
    }

    // MARK: The report

    /// Prints every translation's state and every problem, then the summary; returns the exit
    /// status: 0 when everything is current and in order, 1 otherwise.
    func run(output: (String) -> Void) -> Int32 {
        let report = run()
        let history = GitHistory(kit: kit)
        let editions = set.editions.map { "\($0.code) \($0.name)" }.joined(separator: ", ")
        output("Translations (\(editions)) of \(set.pages.joined(separator: ", ")) and any other translated page:")
        func row(_ label: String, _ text: String) { output("  " + label.padding(toLength: 10, withPad: " ", startingAt: 0) + " " + text) }
        func more(_ text: String) { output(String(repeating: " ", count: 13) + text) }
        for entry in report.entries {
            switch entry.state {
            case .current:
                row("current", entry.translation)
            case .missing:
                row("MISSING", "\(entry.translation) (\(entry.edition.name))")
            case .malformed(let why):
                row("MALFORMED", "\(entry.translation): \(why)")
            case .noSource(let why):
                row("NO SOURCE", "\(entry.translation): \(why)")
            case .stale(let recorded):
                row("STALE", "\(entry.translation): \(entry.source) has changed since it was translated")
                for line in history.whatChanged(source: entry.source, translation: entry.translation, recorded: recorded) { more(line) }
                more("update the text, then record it: make translations STAMP=\(entry.translation)")
            }
        }
        for problem in report.problems {
            row(problem.kind.rawValue, "\(problem.place): \(problem.message)")
        }
        output("")
        output(report.summary + ".")
        if report.passes {
            output("translations: OK")
            return 0
        }
        output("translations: FAILED (how to add or update a translation: README.md, \"Translations\")")
        return 1
    }

    // MARK: Stamping

    /// Records in each translation's header the digest its English page has now. Only for a
    /// translation whose text was just brought up to date with that page: the stamp is the
    /// claim that it was.
    func stamp(_ files: [String], output: (String) -> Void) -> Int32 {
        var status: Int32 = 0
        for file in files {
            let url = (file.hasPrefix("/") ? URL(fileURLWithPath: file) : kit.appendingPathComponent(file)).standardizedFileURL
            do {
                output(try stamp(url))
            } catch {
                output("\(file): \(error)")
                status = 1
            }
        }
        return status
    }

    private func stamp(_ url: URL) throws -> String {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CommandError.failed("no such file")
        }
        var text = String(decoding: data, as: UTF8.self)
        let end = text.firstIndex(of: "\n") ?? text.endIndex
        guard let header = Header(line: String(text[..<end]), strict: false) else {
            throw CommandError.failed("line 1 is not a translation header; start the file with <!-- translation-of: README.md sha256: - --> and stamp it again")
        }
        let source = url.deletingLastPathComponent().appendingPathComponent(header.source)
        guard FileManager.default.fileExists(atPath: source.path) else {
            throw CommandError.failed("its header names \(header.source), and there is no \(source.path)")
        }
        let digest = try SHA256.hex(ofFile: source)
        let name = url.path.hasPrefix(kit.standardizedFileURL.path + "/")
            ? String(url.path.dropFirst(kit.standardizedFileURL.path.count + 1)) : url.path
        guard digest != header.digest else { return "\(name): already current (sha256 \(digest))" }
        text.replaceSubrange(text.startIndex..<end, with: Header(source: header.source, digest: digest).line)
        try AtomicFile.write(Data(text.utf8), to: url)
        return "\(name): stamped as a translation of \(header.source) at sha256 \(digest) (was \(header.digest.isEmpty ? "empty" : header.digest))"
    }
}

/// Line 1 of a translation: `<!-- translation-of: README.md sha256: <64 lowercase hex> -->`.
struct Header: Equatable {
    let source: String
    let digest: String

    init(source: String, digest: String) {
        self.source = source
        self.digest = digest
    }

    /// Parses `line`. `strict` wants exactly 64 lowercase hex digits; otherwise (for stamping) any
    /// word or none stands in for them, so that a new translation can start with `sha256: -`.
    init?(line: String, strict: Bool) {
        let digest = strict ? "[0-9a-f]{64}" : "[^ ]*"
        guard let match = line.firstMatch(of: try! Regex<(Substring, Substring, Substring)>(
            "^<!-- translation-of: ([^ ]+) sha256: (\(digest)) -->$")) else { return nil }
        source = String(match.1)
        self.digest = String(match.2)
    }

    var line: String { "<!-- translation-of: \(source) sha256: \(digest) -->" }
}

/// Just enough Markdown for the link check: link and image targets outside code, and the
/// anchors GitHub gives headings.
enum MarkdownLinks {
    struct Link: Equatable {
        let line: Int
        let target: String
    }

    /// The targets of inline links and images, reference definitions and HTML `href`/`src`
    /// attributes, outside fenced code blocks and code spans, with their line numbers.
    static func links(in text: String) -> [Link] {
        var links: [Link] = []
        var fence: String?
        // A reference definition `[name]: target` cannot interrupt a paragraph: it follows a
        // blank line, the start, or another definition.
        var definitionMayStart = true
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                definitionMayStart = fence == nil
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
                continue
            }
            links += targets(inLine: line).map { Link(line: index + 1, target: $0) }
            if definitionMayStart, let definition = withoutCodeSpans(line).firstMatch(of: /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/) {
                links.append(Link(line: index + 1, target: String(definition.1)))
                continue
            }
            definitionMayStart = trimmed.isEmpty
        }
        return links
    }

    /// The targets of one line's inline links, images and HTML attributes (code spans left out).
    static func targets(inLine line: String) -> [String] {
        let text = withoutCodeSpans(line)
        var targets: [String] = []
        // [text](target "title") and ![alt](target): the target up to whitespace or the closing
        // parenthesis (parentheses inside it balanced), or <in angle brackets>.
        var rest = text[...]
        while let open = rest.range(of: "](") {
            var scan = rest[open.upperBound...].drop { $0 == " " }
            var target = ""
            if scan.first == "<" {
                target = String(scan.dropFirst().prefix { $0 != ">" })
            } else {
                var depth = 0
                for character in scan {
                    if character == "(" { depth += 1 }
                    if character == ")" { if depth == 0 { break }; depth -= 1 }
                    if character == " " { break }
                    target.append(character)
                }
            }
            if !target.isEmpty { targets.append(target) }
            scan = scan.dropFirst(max(1, target.count))
            rest = scan
        }
        for attribute in text.matches(of: /(?:href|src)\s*=\s*"([^"]*)"/) {
            targets.append(String(attribute.1))
        }
        return targets
    }

    /// `line` with every code span replaced by spaces (a span opens and closes with the same
    /// number of backticks).
    static func withoutCodeSpans(_ line: String) -> String {
        var characters = Array(line)
        var index = 0
        while index < characters.count {
            guard characters[index] == "`" else { index += 1; continue }
            var run = 0
            while index + run < characters.count && characters[index + run] == "`" { run += 1 }
            var close = index + run
            var found: Int?
            while close < characters.count {
                var length = 0
                while close + length < characters.count && characters[close + length] == "`" { length += 1 }
                if length == run { found = close; break }
                close += max(1, length)
            }
            guard let end = found else { index += run; continue }
            for position in index..<(end + run) { characters[position] = " " }
            index = end + run
        }
        return String(characters)
    }

    /// The anchors of a page's headings as GitHub makes them (lowercased; everything but
    /// letters, marks, digits, connector punctuation, spaces and hyphens dropped; spaces become
    /// hyphens; a repeated one gets `-1`, `-2`, …), and the ids and names of its HTML anchors.
    static func anchors(in text: String) -> Set<String> {
        var anchors: Set<String> = []
        var seen: [String: Int] = [:]
        var fence: String?
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
                continue
            }
            for attribute in line.matches(of: /<a\s[^>]*(?:id|name)\s*=\s*"([^"]+)"/) {
                anchors.insert(String(attribute.1).lowercased())
            }
            guard let heading = line.firstMatch(of: /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/) else { continue }
            let slug = slug(String(heading.1))
            let count = seen[slug, default: 0]
            seen[slug] = count + 1
            anchors.insert(count == 0 ? slug : "\(slug)-\(count)")
        }
        return anchors
    }

    /// GitHub's anchor for a heading's Markdown text.
    static func slug(_ heading: String) -> String {
        var text = heading
        text = text.replacing(/!?\[([^\]]*)\]\([^)]*\)/) { String($0.1) }
        text = text.replacing(/<[^>]+>/, with: "")
        var slug = ""
        for scalar in text.lowercased().unicodeScalars {
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .connectorPunctuation:
                slug.unicodeScalars.append(scalar)
            default:
                if scalar == " " { slug.append("-") } else if scalar == "-" { slug.append("-") }
            }
        }
        return slug
    }
}

/// Where a stale translation's English page changed, from git, when the kit is a checkout.
struct GitHistory {
    let kit: URL

    /// A line or two that tell the translator how to see what changed in `source` since the
    /// text `translation` has was written.
    func whatChanged(source: String, translation: String, recorded: String) -> [String] {
        if let commit = commit(of: source, withDigest: recorded) {
            return ["the translation matches \(source) as of commit \(commit.short) (\(commit.date)); what changed since:",
                    "git diff \(commit.short) -- \(source)"]
        }
        if let last = run(["log", "-1", "--format=%h", "--", translation]).first, !last.isEmpty {
            return ["no committed version of \(source) has the recorded digest; what changed since the translation was last committed:",
                    "git log -p --follow \(last).. -- \(source)"]
        }
        return ["compare it with \(source) (git log -p --follow -- \(source) shows its history)"]
    }

    /// The newest commit whose version of `path` has SHA-256 `digest` (at most 200 commits back).
    func commit(of path: String, withDigest digest: String) -> (short: String, date: String)? {
        let lines = run(["log", "--follow", "-n", "200", "--format=commit %H %h %cs", "--name-only", "--", path])
        var pending: (full: String, short: String, date: String)?
        for line in lines {
            let words = line.split(separator: " ").map(String.init)
            if words.count == 4 && words[0] == "commit" {
                pending = (words[1], words[2], words[3])
            } else if let commit = pending, !line.isEmpty {
                pending = nil
                guard let blob = data(["cat-file", "blob", "\(commit.full):\(line)"]) else { continue }
                if SHA256.hex(blob) == digest { return (commit.short, commit.date) }
            }
        }
        return nil
    }

    private func run(_ arguments: [String]) -> [String] {
        data(arguments).map { String(decoding: $0, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init) } ?? []
    }

    /// Standard output of `git -C kit …`, or nil when git fails (not a checkout, no git).
    private func data(_ arguments: [String]) -> Data? {
        let output = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("activationlab-git-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
        let errors = output.appendingPathExtension("err")
        defer {
            try? FileManager.default.removeItem(at: output)
            try? FileManager.default.removeItem(at: errors)
        }
        let git = Subprocess("git", ["-C", kit.path, "-c", "core.quotepath=off"] + arguments,
                             output: output, errorOutput: errors, timeout: 60)
        guard (try? git.run()) == .exited(0) else { return nil }
        return try? Data(contentsOf: output)
    }
}
