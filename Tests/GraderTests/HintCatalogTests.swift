import Foundation
@testable import Grader
import Testing

@Suite struct HintCatalogTests {
    /// This checkout: the package root, three levels above this file.
    static let kit = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The test that keeps an English hint from reaching a Chinese reader: every hint the suites
    /// can give has a translation in both catalogs, no entry is stale, and every translation keeps
    /// the English's numbers, code and placeholders. (`grade self-check` also checks the hints
    /// the suites actually give while it grades the mutants, fixtures and stubs.)
    @Test func everyHintOfTheSuitesIsTranslatedAndNoEntryIsStale() throws {
        let hints = try HintScanner.hints(kit: Self.kit)
        #expect(hints.count > 250, "the scan found only \(hints.count) hints in \(Self.kit.path)")
        let problems = HintCatalog.audit(hints: hints)
        #expect(problems.isEmpty, Comment(rawValue: "\(problems.count) problems:\n" + problems.joined(separator: "\n")))
    }

    @Test func theScanFindsHintsWhereverTheSuitesWriteThem() {
        let source = #"""
            // hint: "a comment is not a hint"
            extension Hints {
                static let overflow =
                    "eˣ overflows (Hint 1 in Exercises/02-sigmoid/README.md)"
                static let table = Hints(
                    value: ["zero": "at zero", "tail": Hints.overflow],
                    valueFallback: "the value " + "in two parts", derivativeFallback: "the slope of \(name)")
            }
            func f(hint: String = "a default", note: String = "not a hint", lesson: Lesson) {
                let hints: Hints = .table
                check.fail("message \(x)", hint: x > 88 ? "huge" : "small")
                grader.verify(valueHint: hints.value["tail"] ?? "fallback", gradientHints: ("for a", "for b"))
                check.fail("what", hint: { _ in "from a closure" }(0))
            }
            """#
        let found = HintScanner.hints(inSource: source, file: "Tests/Grading/02-sigmoid/SigmoidHints.swift").map(\.text)
        #expect(found == ["eˣ overflows (Hint 1 in Exercises/02-sigmoid/README.md)", "at zero", "the value in two parts",
                          "the slope of {name}", "a default", "huge", "small", "fallback", "for a", "for b",
                          "from a closure"])
        // Outside a …Hints.swift file, only labelled values are hints.
        #expect(HintScanner.hints(inSource: "let x = \"not a hint\"; let d = [\"k\": \"v\"]", file: "Suite.swift").isEmpty)
        #expect(HintScanner.hints(inSource: "static let x =\n \"line\"", file: "A.swift").isEmpty)
        #expect(HintScanner.hints(inSource: "static let x =\n \"line\"", file: "AHints.swift").map(\.line) == [2])
    }

    @Test func thePointerNamesTheLessonPageOfTheLanguageAndTheSameHints() throws {
        let one = HintPointer.split("check the sign (Hint 2 in Exercises/02-sigmoid/README.md)")
        #expect(one.body == "check the sign")
        let pointer = try #require(one.pointer)
        #expect(pointer.numbers == [2] && pointer.folder == "Exercises/02-sigmoid")
        #expect(pointer.text(in: .traditionalChinese) == "（見 Exercises/02-sigmoid/README.zh-Hant.md 的提示 2）")
        #expect(pointer.text(in: .simplifiedChinese) == "（见 Exercises/02-sigmoid/README.zh-Hans.md 的提示 2）")
        #expect(pointer.text(in: .english) == " (Hint 2 in Exercises/02-sigmoid/README.md)")
        let two = try #require(HintPointer.split("x (Hints 3 and 4 in Exercises/03-tanh/README.md)").pointer)
        #expect(two.text(in: .traditionalChinese) == "（見 Exercises/03-tanh/README.zh-Hant.md 的提示 3 和 4）")
        let three = try #require(HintPointer.split("x (Hints 1, 2 and 5 in Exercises/08-swish-gelu-mish/README.md)").pointer)
        #expect(three.numbers == [1, 2, 5])
        #expect(three.text(in: .simplifiedChinese) == "（见 Exercises/08-swish-gelu-mish/README.zh-Hans.md 的提示 1、2 和 5）")
        #expect(three.text(in: .english) == " (Hints 1, 2 and 5 in Exercises/08-swish-gelu-mish/README.md)")
        #expect(HintPointer.split("no pointer here").pointer == nil)
    }

    @Test func aRealHintIsTranslatedWithItsPointer() {
        let hint = "σ(x) = 1/(1 + e^−x): check the formula"
        #expect(Language.traditionalChinese.hint(hint) == "σ(x) = 1/(1 + e^−x)：請檢查公式")
        #expect(Language.simplifiedChinese.hint(hint) == "σ(x) = 1/(1 + e^−x)：请检查公式")
        let pointed = "σ(+∞) = 1 and σ(−∞) = 0: a formula that only ever exponentiates −|x| gets these for free "
            + "(Hint 2 in Exercises/02-sigmoid/README.md)"
        #expect(Language.traditionalChinese.hint(pointed)
                == "σ(+∞) = 1，σ(−∞) = 0：只對 −|x| 取指數的公式，自然就會得到這兩個值（見 Exercises/02-sigmoid/README.zh-Hant.md 的提示 2）")
        #expect(Language.english.hint(pointed) == pointed)
    }

    @Test func aHintBuiltFromValuesIsTranslatedWithTheValues() {
        let catalog = HintCatalog(.traditionalChinese, [
            "{name}(0) = α·0 = 0": "{name}(0) = α·0 = 0（已翻譯）",
            "{name}(x) = αx with the stored α (default {defaultAlpha})": "{name}(x) = αx，要用儲存的 α（預設為 {defaultAlpha}）",
        ])
        #expect(catalog.translate("prelu(0) = α·0 = 0") == "prelu(0) = α·0 = 0（已翻譯）")
        #expect(catalog.translate("leakyReLU(x) = αx with the stored α (default 0.01) (Hint 1 in Exercises/05-leaky-relu/README.md)")
                == "leakyReLU(x) = αx，要用儲存的 α（預設為 0.01）（見 Exercises/05-leaky-relu/README.zh-Hant.md 的提示 1）")
        #expect(catalog.translate("(0) = α·0 = 0") == nil)
        #expect(catalog.translate("something else") == nil)
        // Lesson 05's real templates, with both of the values the suite builds them from.
        #expect(Language.simplifiedChinese.hint("prelu′(x) = 1 for x > 0 and α otherwise, α at 0 too")
                == "prelu′(x) 在 x > 0 时为 1，否则为 α，在 0 也是 α")
        #expect(Language.traditionalChinese.hint("leakyReLU(x) = x for x > 0 and αx otherwise, with the stored α (default 0.01)")
                == "leakyReLU(x) 在 x > 0 時為 x，否則為 αx，要用儲存的 α（預設為 0.01）")
    }

    @Test func anUntranslatedHintStaysEnglishAndTheAuditNamesIt() {
        let catalog = HintCatalog(.traditionalChinese, [
            "a hint": "一個提示",
            "a hint that no suite gives": "沒有人用的提示",
            "a hint ": "一個提示",
            "at 88.72 it overflows": "在 88.7 溢位",
        ])
        #expect(catalog.translate("a new hint") == nil)
        let hints = ["a hint", "a new hint", "a hint ", "at 88.72 it overflows"].map { HintScanner.Hint(text: $0, file: "F.swift", line: 3) }
        let problems = HintCatalog.audit(hints: hints, catalogs: [catalog])
        #expect(problems.contains { $0.hasPrefix("zh-Hant: no translation of the hint “a new hint” (F.swift:3)") })
        #expect(problems.contains { $0.hasPrefix("zh-Hant: stale entry “a hint that no suite gives”") })
        #expect(problems.contains { $0.contains("changes its numbers") && $0.contains("88.72") })
        #expect(problems.count == 3)
        #expect(HintCatalog.audit(hints: hints + [HintScanner.Hint(text: "a hint", file: "G.swift", line: 1)],
                                  catalogs: [HintCatalog(.traditionalChinese, ["a hint": "一", "a hint": "二"])])
            .contains { $0.contains("twice") })
    }
}
