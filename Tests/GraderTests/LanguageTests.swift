import CommandKit
@testable import Grader
import Testing

@Suite struct LanguageTests {
    @Test(arguments: [
        ("zh-Hant", Language.traditionalChinese), ("zh-hant", .traditionalChinese), ("zh-Hant-TW", .traditionalChinese),
        ("zh_TW.UTF-8", .traditionalChinese), ("zh_TW", .traditionalChinese), ("zh_HK", .traditionalChinese),
        ("zh_HK.Big5HKSCS", .traditionalChinese), ("zh-TW", .traditionalChinese), ("zh_MO.UTF-8", .traditionalChinese),
        ("zh-Hans", .simplifiedChinese), ("zh_CN.UTF-8", .simplifiedChinese), ("zh_CN", .simplifiedChinese),
        ("zh_SG", .simplifiedChinese), ("zh_SG.GBK", .simplifiedChinese), ("zh", .simplifiedChinese),
        ("zh-Hans-HK", .simplifiedChinese), ("en", .english), ("en_US.UTF-8", .english), ("en_GB", .english),
    ])
    func languageTagsAndLocalesAreUnderstood(text: String, language: Language) {
        #expect(Language.parse(text) == language)
    }

    @Test(arguments: ["fr", "fr_FR.UTF-8", "C", "C.UTF-8", "POSIX", "", "chinese", "zhHant", "ja_JP"])
    func anythingElseIsNotALanguageOfTheGrader(text: String) {
        #expect(Language.parse(text) == nil)
    }

    static func resolve(_ flag: Language?, _ environment: [String: String]) throws -> Language {
        try Language.resolve(flag: flag, environment: environment)
    }

    @Test func theFlagComesFirstThenGRADE_LANGThenTheLocaleThenEnglish() throws {
        let everything = ["GRADE_LANG": "zh-Hans", "LC_ALL": "en_US.UTF-8", "LANG": "zh_TW.UTF-8"]
        #expect(try Self.resolve(.traditionalChinese, everything) == .traditionalChinese)
        #expect(try Self.resolve(.english, everything) == .english)
        #expect(try Self.resolve(nil, everything) == .simplifiedChinese)
        #expect(try Self.resolve(nil, ["LANG": "zh_TW.UTF-8"]) == .traditionalChinese)
        #expect(try Self.resolve(nil, ["LANG": "zh_CN.UTF-8"]) == .simplifiedChinese)
        #expect(try Self.resolve(nil, [:]) == .english)
    }

    @Test func theLocaleIsReadAsPOSIXDoesLC_ALLThenLC_MESSAGESThenLANG() throws {
        #expect(try Self.resolve(nil, ["LC_ALL": "zh_HK.UTF-8", "LC_MESSAGES": "zh_CN", "LANG": "en_US"]) == .traditionalChinese)
        #expect(try Self.resolve(nil, ["LC_MESSAGES": "zh_SG", "LANG": "zh_TW"]) == .simplifiedChinese)
        #expect(try Self.resolve(nil, ["LC_ALL": "C.UTF-8", "LANG": "zh_TW.UTF-8"]) == .english)
        // Empty is unset (the Makefile clears LC_ALL that way for `make grade LANG=…`).
        #expect(try Self.resolve(nil, ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "zh_TW.UTF-8"]) == .traditionalChinese)
        #expect(try Self.resolve(nil, ["GRADE_LANG": "", "LANG": "zh_CN.UTF-8"]) == .simplifiedChinese)
    }

    @Test func aLocaleTheGraderDoesNotSpeakMeansEnglish() throws {
        #expect(try Self.resolve(nil, ["LANG": "fr_FR.UTF-8"]) == .english)
        #expect(try Self.resolve(nil, ["LC_ALL": "ja_JP.UTF-8", "LANG": "zh_TW.UTF-8"]) == .english)
        #expect(try Self.resolve(nil, ["LANG": "C"]) == .english)
    }

    @Test func anUnknownGRADE_LANGIsAUsageError() {
        #expect {
            try Self.resolve(nil, ["GRADE_LANG": "klingon", "LANG": "zh_TW.UTF-8"])
        } throws: { error in
            (error as? CommandError)?.exitStatus == 2 && "\(error)".contains("GRADE_LANG") && "\(error)".contains("zh-Hant")
        }
    }

    @Test func eachLanguageHasItsOwnLessonPage() {
        #expect(Language.english.readme("02-sigmoid") == "Exercises/02-sigmoid/README.md")
        #expect(Language.traditionalChinese.readme("02-sigmoid") == "Exercises/02-sigmoid/README.zh-Hant.md")
        #expect(Language.simplifiedChinese.readme("02-sigmoid", in: "Solutions") == "Solutions/02-sigmoid/README.zh-Hans.md")
    }

    @Test func wideCharactersTakeTwoColumns() {
        #expect("Lesson".displayWidth == 6)
        #expect("課程".displayWidth == 4)
        #expect("提示：".displayWidth == 6)
        #expect("σ′(x) …".displayWidth == 7)
        #expect("課程".padded(to: 6) == "課程  ")
    }
}

@Suite struct GradeOptionsLanguageTests {
    static func parse(_ words: [String], _ environment: [String: String] = [:]) throws -> GradeOptions {
        try GradeOptions(arguments: words, environment: environment)
    }

    @Test func langIsAnOptionOfEveryCommandThatWritesForAStudent() throws {
        #expect(try Self.parse(["lessons", "--lang", "zh-Hant"]).language == .traditionalChinese)
        #expect(try Self.parse(["watch", "--lang=zh-Hans"]).language == .simplifiedChinese)
        #expect(try Self.parse(["class", "subs", "--lang", "zh_TW.UTF-8"]).language == .traditionalChinese)
        #expect(try Self.parse(["autograder", "--lang", "en"], ["GRADE_LANG": "zh-Hans"]).language == .english)
        #expect(try Self.parse(["autograder"], ["GRADE_LANG": "zh-Hans"]).language == .simplifiedChinese)
        #expect(try Self.parse(["lessons"], ["LANG": "zh_HK.UTF-8"]).language == .traditionalChinese)
        #expect(try Self.parse(["lessons"]).language == .english)
        for command in ["lessons", "watch", "class", "autograder"] {
            #expect(try Self.parse([command, "--help"]).helpText.contains("--lang en|zh-Hant|zh-Hans"))
        }
    }

    @Test func anUnknownLangIsAUsageErrorThatSaysWhatItTakes() {
        #expect {
            try Self.parse(["lessons", "--lang", "fr"])
        } throws: { error in
            (error as? CommandError)?.exitStatus == 2 && "\(error)" == "--lang expects en, zh-Hant or zh-Hans (or a locale such as zh_TW.UTF-8), got 'fr'"
        }
        #expect {
            try Self.parse(["lessons"], ["GRADE_LANG": "fr"])
        } throws: { error in
            (error as? CommandError)?.exitStatus == 2
        }
    }

    @Test func commandsThatWriteNothingForAStudentIgnoreTheLanguage() throws {
        // A stray GRADE_LANG does not stop the self-check or the zip.
        #expect(try Self.parse(["self-check"], ["GRADE_LANG": "fr"]).language == .english)
        #expect(try Self.parse(["gradescope", "a.zip"], ["GRADE_LANG": "zh-Hant"]).language == .english)
    }
}
