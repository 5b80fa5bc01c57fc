import CommandKit
import Foundation
@testable import Grader
import Testing

/// `grade translations` on small kits in a temporary folder: current, stale, missing, malformed,
/// without a source, language bars, links and anchors, pointers, `--stamp`, and the exit status.
@Suite struct TranslationsTests {
    static let editions = TranslationSet.kit.editions

    /// A kit of three pages (root, one lesson, its notes), each with both editions up to date,
    /// language bars, a link between lessons, and pointer lines in the lesson's Swift files.
    static func kit() throws -> TemporaryFolder {
        let kit = try TemporaryFolder()
        let set = TranslationSet.kit
        let pages = [
            "README.md": "# Kit\n\nStart with [lesson 1](Exercises/01-warm-up/README.md).\n",
            "Exercises/01-warm-up/README.md": "# Lesson 01\n\n## Practice versus this kit's strictness\n\n![plot](plots/a.svg)\n",
            "Solutions/01-warm-up/README.md": "# Notes\n\nSee [the lesson](../../Exercises/01-warm-up/README.md#practice-versus-this-kits-strictness).\n",
        ]
        for (page, body) in pages {
            try kit.write(set.languageBar(for: page, edition: nil) + "\n\n" + body, to: page)
        }
        try kit.write("<svg/>", to: "Exercises/01-warm-up/plots/a.svg")
        let translated = [
            "README.md": "# 套件\n\n從[第 01 課](Exercises/01-warm-up/README.LANG.md)開始。\n",
            "Exercises/01-warm-up/README.md": "# 第 01 課\n\n## 實務與本套件的嚴格標準\n\n![圖](plots/a.svg)\n",
            "Solutions/01-warm-up/README.md": "# 筆記\n\n見[本課](../../Exercises/01-warm-up/README.LANG.md#實務與本套件的嚴格標準)。\n",
        ]
        for (page, body) in translated {
            for edition in editions { try writeTranslation(of: page, edition, body.replacingOccurrences(of: "LANG", with: edition.code), in: kit) }
        }
        try kit.write(set.pointer(for: "Exercises/01-warm-up/Identity.swift", label: "Lesson") + "\n\nimport ActivationCore\n",
                      to: "Exercises/01-warm-up/Identity.swift")
        try kit.write(set.pointer(for: "Solutions/01-warm-up/Identity.swift", label: "Reference notes") + "\n\nimport ActivationCore\n",
                      to: "Solutions/01-warm-up/Identity.swift")
        return kit
    }

    /// Writes the translation of `page` with a header recording the English page's digest now.
    static func writeTranslation(of page: String, _ edition: TranslationSet.Edition, _ body: String,
                                 in kit: TemporaryFolder, digest: String? = nil) throws {
        let english = kit.url.appendingPathComponent(page)
        let header = Header(source: english.lastPathComponent, digest: try digest ?? SHA256.hex(ofFile: english)).line
        try kit.write(header + "\n" + TranslationSet.kit.languageBar(for: page, edition: edition) + "\n\n" + body,
                      to: TranslationSet.translationPath(of: page, edition))
    }

    static func check(_ kit: TemporaryFolder) -> (report: TranslationReport, output: String, status: Int32) {
        let check = TranslationCheck(kit: kit.url)
        var lines: [String] = []
        let status = check.run { lines.append($0) }
        return (check.run(), lines.joined(separator: "\n"), status)
    }

    static func state(_ report: TranslationReport, _ path: String) -> TranslationReport.State? {
        report.entries.first { $0.translation == path }?.state
    }

    @Test func aCompleteKitIsCurrentAndPasses() throws {
        let kit = try Self.kit()
        let (report, output, status) = Self.check(kit)
        #expect(report.problems == [])
        #expect(report.entries.count == 6)
        #expect(report.entries.allSatisfy { $0.state == .current })
        #expect(report.entries.map(\.translation).prefix(2) == ["README.zh-Hant.md", "README.zh-Hans.md"])
        #expect(status == 0)
        #expect(output.contains("  current    Exercises/01-warm-up/README.zh-Hans.md"))
        #expect(output.hasSuffix("6 of 6 translations current.\ntranslations: OK"))
    }

    @Test func anEditedEnglishPageMakesBothEditionsStale() throws {
        let kit = try Self.kit()
        let page = "Exercises/01-warm-up/README.md"
        let recorded = try SHA256.hex(ofFile: kit.url.appendingPathComponent(page))
        try kit.write(try kit.read(page) + "\nA new paragraph.\n", to: page)
        let (report, output, status) = Self.check(kit)
        #expect(Self.state(report, "Exercises/01-warm-up/README.zh-Hant.md") == .stale(recorded: recorded))
        #expect(Self.state(report, "Exercises/01-warm-up/README.zh-Hans.md") == .stale(recorded: recorded))
        #expect(status == 1)
        #expect(output.contains("STALE      Exercises/01-warm-up/README.zh-Hant.md: Exercises/01-warm-up/README.md has changed since it was translated"))
        #expect(output.contains("make translations STAMP=Exercises/01-warm-up/README.zh-Hans.md"))
        #expect(output.contains("4 of 6 translations current, 2 stale."))
        #expect(output.hasSuffix("translations: FAILED (how to add or update a translation: README.md, \"Translations\")"))
    }

    static let hasGit = FileManager.default.isExecutableFile(atPath: "/usr/bin/git")

    /// In a checkout, the report names the commit whose English the translation matches, and the
    /// command that shows what changed since.
    @Test(.enabled(if: hasGit)) func aStaleReportSaysWhatChangedSinceTheTranslatedVersion() throws {
        let kit = try Self.kit()
        func git(_ arguments: String...) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
            process.arguments = ["-C", kit.url.path, "-c", "user.name=t", "-c", "user.email=t@example.org"] + arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "git \(arguments)")
        }
        try git("init", "-q")
        try git("add", "-A")
        try git("commit", "-q", "-m", "translated")
        let page = "Exercises/01-warm-up/README.md"
        try kit.write(try kit.read(page) + "\nA new paragraph.\n", to: page)
        try git("commit", "-q", "-a", "-m", "English changed")
        let output = Self.check(kit).output
        let first = try #require(GitHistory(kit: kit.url).commit(of: page, withDigest: Header(
            line: try kit.read("Exercises/01-warm-up/README.zh-Hant.md").components(separatedBy: "\n")[0], strict: true)!.digest))
        #expect(output.contains("the translation matches \(page) as of commit \(first.short)"))
        #expect(output.contains("git diff \(first.short) -- \(page)"))
    }

    @Test func aMissingEditionIsNamedAndFails() throws {
        let kit = try Self.kit()
        try FileManager.default.removeItem(at: kit.url.appendingPathComponent("Solutions/01-warm-up/README.zh-Hans.md"))
        let (report, output, status) = Self.check(kit)
        #expect(Self.state(report, "Solutions/01-warm-up/README.zh-Hans.md") == .missing)
        #expect(status == 1)
        #expect(output.contains("MISSING    Solutions/01-warm-up/README.zh-Hans.md (简体中文)"))
        #expect(output.contains("5 of 6 translations current, 1 missing"))
        // A new lesson joins the set by its folder alone.
        try kit.write(TranslationSet.kit.languageBar(for: "Exercises/02-sigmoid/README.md", edition: nil) + "\n", to: "Exercises/02-sigmoid/README.md")
        #expect(Self.check(kit).report.entries.filter { $0.state == .missing }.count == 3)
    }

    @Test(arguments: [
        ("<!-- translation-of: README.md sha256: ABC -->", "line 1 must be"),
        ("# 第 01 課", "line 1 must be"),
        ("<!-- translation-of: README.md sha256: \(String(repeating: "A", count: 64)) -->", "line 1 must be"),
        ("<!-- translation-of: ../02-sigmoid/README.md sha256: \(String(repeating: "0", count: 64)) -->", "must name README.md"),
    ])
    func aMalformedHeaderIsReported(header: String, complaint: String) throws {
        let kit = try Self.kit()
        let path = "Exercises/01-warm-up/README.zh-Hant.md"
        var lines = try kit.read(path).components(separatedBy: "\n")
        lines[0] = header
        try kit.write(lines.joined(separator: "\n"), to: path)
        let (report, output, status) = Self.check(kit)
        guard case .malformed(let why) = Self.state(report, path) else {
            Issue.record("expected malformed, got \(String(describing: Self.state(report, path)))")
            return
        }
        #expect(why.contains(complaint))
        #expect(status == 1)
        #expect(output.contains("MALFORMED  \(path): "))
        #expect(output.contains("1 malformed header"))
    }

    @Test func aTranslationOfAPageThatDoesNotExistIsReported() throws {
        let kit = try Self.kit()
        try Self.writeTranslation(of: "README.md", Self.editions[0], "# 說明\n", in: kit)
        try FileManager.default.moveItem(at: kit.url.appendingPathComponent("README.zh-Hant.md"),
                                         to: kit.url.appendingPathComponent("docs/guide.zh-Hant.md").creatingFolder())
        var text = try kit.read("docs/guide.zh-Hant.md").components(separatedBy: "\n")
        text[0] = text[0].replacingOccurrences(of: "README.md", with: "guide.md")
        text[1] = "[English](guide.md) · 繁體中文 · [简体中文](guide.zh-Hans.md)"
        try kit.write(text.joined(separator: "\n"), to: "docs/guide.zh-Hant.md")
        let (report, output, status) = Self.check(kit)
        #expect(Self.state(report, "docs/guide.zh-Hant.md") == .noSource("names guide.md, and there is no docs/guide.md"))
        #expect(Self.state(report, "README.zh-Hant.md") == .missing)
        #expect(status == 1)
        #expect(output.contains("NO SOURCE  docs/guide.zh-Hant.md"))
        #expect(output.contains("1 without its English page"))
    }

    @Test func languageBarsMustLinkEveryOtherLanguage() throws {
        let kit = try Self.kit()
        let english = "Exercises/01-warm-up/README.md"
        try kit.write(try kit.read(english).components(separatedBy: "\n").dropFirst().joined(separator: "\n"), to: english)
        let translation = "Solutions/01-warm-up/README.zh-Hans.md"
        var lines = try kit.read(translation).components(separatedBy: "\n")
        lines[1] = "[English](README.md) · 简体中文"
        try kit.write(lines.joined(separator: "\n"), to: translation)
        // The English page changed, so its translations are stale too; the bars are what this is about.
        let (report, output, _) = Self.check(kit)
        #expect(report.problems.map(\.place) == ["Solutions/01-warm-up/README.zh-Hans.md:2", "Exercises/01-warm-up/README.md:1"])
        #expect(report.problems.allSatisfy { $0.kind == .bar })
        #expect(output.contains("BAR        Exercises/01-warm-up/README.md:1: must be the language bar: English · [繁體中文](README.zh-Hant.md) · [简体中文](README.zh-Hans.md)"))
        #expect(output.contains("BAR        Solutions/01-warm-up/README.zh-Hans.md:2: must be the language bar: [English](README.md) · [繁體中文](README.zh-Hant.md) · 简体中文"))
    }

    @Test func brokenRelativeLinksAndAnchorsInTranslationsAreReported() throws {
        let kit = try Self.kit()
        let body = """
            # 第 01 課

            [不存在](../02-sigmoid/README.zh-Hant.md) · [錨點](#不存在的標題) · [好的](#第-01-課)
            ![圖](plots/missing.svg) · [外面](../../../elsewhere.md) · [網站](https://www.swift.org/install)
            `[程式碼](nowhere.md)` 不是連結。

            ```sh
            [也不是](nowhere.md)
            ```
            [英文錨點](README.md#practice-versus-this-kits-strictness) · [資料夾](plots/)
            <img src="plots/none.svg">
            [定義]: plots/a.svg
            [另一個定義]: ../a.md

            [定義]: ../../nowhere.md

            ## 實務與本套件的嚴格標準
            """
        try Self.writeTranslation(of: "Exercises/01-warm-up/README.md", Self.editions[0], body, in: kit)
        let (report, output, status) = Self.check(kit)
        #expect(Self.state(report, "Exercises/01-warm-up/README.zh-Hant.md") == .current)
        #expect(report.problems.map(\.message) == [
            "(../02-sigmoid/README.zh-Hant.md) Exercises/02-sigmoid/README.zh-Hant.md does not exist",
            "(#不存在的標題) no heading of Exercises/01-warm-up/README.zh-Hant.md has the anchor #不存在的標題",
            "(plots/missing.svg) Exercises/01-warm-up/plots/missing.svg does not exist",
            "(../../../elsewhere.md) points outside the kit",
            "(plots/none.svg) Exercises/01-warm-up/plots/none.svg does not exist",
            "(../../nowhere.md) nowhere.md does not exist",
        ])
        #expect(report.problems.map(\.place) == ["Exercises/01-warm-up/README.zh-Hant.md:6", "Exercises/01-warm-up/README.zh-Hant.md:6",
                                                 "Exercises/01-warm-up/README.zh-Hant.md:7", "Exercises/01-warm-up/README.zh-Hant.md:7",
                                                 "Exercises/01-warm-up/README.zh-Hant.md:14", "Exercises/01-warm-up/README.zh-Hant.md:18"])
        #expect(status == 1)
        #expect(output.contains("LINK       Exercises/01-warm-up/README.zh-Hant.md:6: (../02-sigmoid/README.zh-Hant.md)"))
        #expect(output.contains("6 of 6 translations current; 6 broken links."))
    }

    @Test func aLessonSourceWithoutItsPointerIsReported() throws {
        let kit = try Self.kit()
        try kit.write("import ActivationCore\n", to: "Exercises/01-warm-up/ArcTan.swift")
        let (report, _, status) = Self.check(kit)
        #expect(report.problems == [.init(kind: .pointer, place: "Exercises/01-warm-up/ArcTan.swift:1",
                                          message: "must be the pointer to its folder's README: // Lesson: Exercises/01-warm-up/README.md · 繁體中文 README.zh-Hant.md · 简体中文 README.zh-Hans.md")])
        #expect(status == 1)
    }

    @Test func stampingRecordsTheEnglishPagesDigestInLineOneOnly() throws {
        let kit = try Self.kit()
        let page = "Exercises/01-warm-up/README.md"
        try kit.write(try kit.read(page) + "\nA new paragraph.\n", to: page)
        let translation = "Exercises/01-warm-up/README.zh-Hant.md"
        let before = try kit.read(translation)
        var lines: [String] = []
        #expect(TranslationCheck(kit: kit.url).stamp([translation], output: { lines.append($0) }) == 0)
        let digest = try SHA256.hex(ofFile: kit.url.appendingPathComponent(page))
        #expect(lines.count == 1 && lines[0].hasPrefix("\(translation): stamped as a translation of README.md at sha256 \(digest)"))
        let after = try kit.read(translation)
        #expect(after.components(separatedBy: "\n")[0] == "<!-- translation-of: README.md sha256: \(digest) -->")
        #expect(after.components(separatedBy: "\n").dropFirst() == before.components(separatedBy: "\n").dropFirst())
        #expect(Self.state(Self.check(kit).report, translation) == .current)
        #expect(Self.state(Self.check(kit).report, "Exercises/01-warm-up/README.zh-Hans.md") != .current)
        // Again: nothing to do.
        lines = []
        #expect(TranslationCheck(kit: kit.url).stamp([translation], output: { lines.append($0) }) == 0)
        #expect(lines == ["\(translation): already current (sha256 \(digest))"])
    }

    @Test func aNewTranslationCanStartWithAPlaceholderDigest() throws {
        let kit = try Self.kit()
        let translation = "Solutions/01-warm-up/README.zh-Hans.md"
        var lines = try kit.read(translation).components(separatedBy: "\n")
        lines[0] = "<!-- translation-of: README.md sha256: - -->"
        try kit.write(lines.joined(separator: "\n"), to: translation)
        guard case .malformed = Self.state(Self.check(kit).report, translation) else {
            Issue.record("a placeholder digest is not a header the check accepts")
            return
        }
        #expect(TranslationCheck(kit: kit.url).stamp([translation], output: { _ in }) == 0)
        #expect(Self.check(kit).status == 0)
    }

    @Test func stampingRefusesWhatIsNotATranslation() throws {
        let kit = try Self.kit()
        var lines: [String] = []
        let check = TranslationCheck(kit: kit.url)
        #expect(check.stamp(["Exercises/01-warm-up/README.md", "nothing.zh-Hant.md"], output: { lines.append($0) }) == 1)
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("Exercises/01-warm-up/README.md: line 1 is not a translation header"))
        #expect(lines[1] == "nothing.zh-Hant.md: no such file")
        #expect(Self.check(kit).status == 0)
    }

    /// The command line and GradeCommand: `grade translations` exits 1 on a stale page.
    @Test func theCommandsExitStatus() throws {
        let kit = try Self.kit()
        func run(_ words: [String]) throws -> Int32 {
            try GradeCommand(options: try GradeOptions(arguments: words, environment: [:]), root: kit.url, environment: [:]).run()
        }
        #expect(try run(["translations"]) == 0)
        let page = "README.md"
        try kit.write(try kit.read(page) + "\nMore.\n", to: page)
        #expect(try run(["translations"]) == 1)
        #expect(try run(["translations", "--stamp", "README.zh-Hant.md", "README.zh-Hans.md"]) == 0)
        #expect(try run(["translations"]) == 0)
        #expect(try GradeOptions(arguments: ["translations", "--stamp", "a", "b"], environment: [:]).stamp == ["a", "b"])
        for words in [["translations", "a.md"], ["translations", "--stamp"], ["translations", "--force"]] {
            #expect { try GradeOptions(arguments: words, environment: [:]) } throws: { ($0 as? CommandError)?.exitStatus == 2 }
        }
        #expect(try GradeOptions(arguments: ["help", "translations"], environment: [:]).helpText.contains("--stamp"))
    }

    @Test func anchorsAreGitHubs() {
        #expect(MarkdownLinks.slug("Practice versus this kit's strictness") == "practice-versus-this-kits-strictness")
        #expect(MarkdownLinks.slug("實務與本套件的嚴格標準（Practice）") == "實務與本套件的嚴格標準practice")
        #expect(MarkdownLinks.slug("σ′ ≤ ¼: why `sigmoid` vanishes") == "σ---why-sigmoid-vanishes")
        #expect(MarkdownLinks.slug("[Lesson 02](../02-sigmoid/README.md) · ELU_x") == "lesson-02--elu_x")
        #expect(MarkdownLinks.anchors(in: "# A\n## A\n```\n# B\n```\n<a id=\"Here\"></a>\n") == ["a", "a-1", "here"])
    }

    /// The scanner on real pages: every link of the kit's English pages resolves, so a false
    /// alarm on the translations (which keep the same links) would show here first.
    @Test func theKitsEnglishPagesHaveNoBrokenLinks() {
        let kit = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let check = TranslationCheck(kit: kit)
        let pages = TranslationSet.kit.pages.flatMap { TranslationSet.expand($0, in: kit) }
        #expect(pages.count > 20)
        #expect(pages.flatMap { check.brokenLinks(in: $0) } == [])
    }
}

private extension URL {
    /// The URL, after creating its parent folder.
    func creatingFolder() throws -> URL {
        try FileManager.default.createDirectory(at: deletingLastPathComponent(), withIntermediateDirectories: true)
        return self
    }
}
