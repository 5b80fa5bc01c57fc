import CommandKit

/// The languages the grader speaks to a student: the score table, the statuses, the hints, the
/// watch screen, `feedback.md` and the text of Gradescope's `results.json`.
///
/// One language is chosen per run (`Language.resolve`) and handed to whatever writes for a
/// student: the grader's own sentences are in `Phrases` (one complete set per language, so a
/// sentence cannot be left out of one), the grading suites' hints in `HintCatalog` (keyed by
/// their English text). What stays English whatever the language: the numbers, inputs and
/// formulas a check prints (`sigmoid(-100): got 0, expected …`), check names, grades.csv (its
/// columns and status codes are read by programs), logs and the self-check.
public enum Language: String, CaseIterable, Equatable, Sendable {
    case english = "en"
    /// Traditional characters, Taiwan usage (程式碼, 函式, 溢位, 預設, 檔案).
    case traditionalChinese = "zh-Hant"
    /// Simplified characters, mainland usage (代码, 函数, 溢出, 默认, 文件).
    case simplifiedChinese = "zh-Hans"

    /// `en, zh-Hant or zh-Hans`, for help and errors.
    public static let choices = "en, zh-Hant or zh-Hans"

    /// An explicit choice (`--lang`, `GRADE_LANG`): a language tag (`zh-Hant`, `zh-Hans`, `en`,
    /// in any letter case, also `zh-TW`, `zh-Hant-TW`, `en-US`) or a locale name (`zh_TW.UTF-8`,
    /// `zh_HK`, `zh_CN.UTF-8`, `zh_SG`, `en_GB`). Bare `zh` is Simplified. Nil for anything else.
    public static func parse(_ text: String) -> Language? {
        let parts = Self.subtags(text)
        switch parts.first {
        case "en": return .english
        case "zh": return chinese(parts.dropFirst())
        default: return nil
        }
    }

    /// The language a locale variable's value asks for (`zh_TW.UTF-8` → zh-Hant, `zh_CN` →
    /// zh-Hans, `en_US.UTF-8` → English); nil for any other locale (`C`, `POSIX`, `fr_FR`),
    /// which the grader answers in English.
    public static func fromLocale(_ locale: String) -> Language? {
        parse(locale)
    }

    /// The language of this run: `--lang` if given (CommandKit has checked it with
    /// `ValueKind.language`), else `GRADE_LANG`, else the locale (`LC_ALL`, then `LC_MESSAGES`,
    /// then `LANG`: the first that is set and not empty, as POSIX reads them), else English. A
    /// `GRADE_LANG` the grader does not speak is a usage error, like a bad `--lang`; a locale it
    /// does not speak means English.
    public static func resolve(flag: Language?, environment: [String: String]) throws(CommandError) -> Language {
        if let flag { return flag }
        if let chosen = environment["GRADE_LANG"], !chosen.isEmpty {
            guard let language = parse(chosen) else {
                throw .usage("GRADE_LANG expects \(choices) (or a locale such as zh_TW.UTF-8), got '\(chosen)'")
            }
            return language
        }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        return locale.flatMap(fromLocale) ?? .english
    }

    /// The page of a lesson a student reads in this language, relative to the kit:
    /// `Exercises/02-sigmoid/README.md`, `Exercises/02-sigmoid/README.zh-Hant.md`.
    public func readme(_ lessonFolder: String, in folder: String = "Exercises") -> String {
        "\(folder)/\(lessonFolder)/\(readmeName)"
    }

    /// `README.md`, `README.zh-Hant.md` or `README.zh-Hans.md`.
    public var readmeName: String {
        self == .english ? "README.md" : "README.\(rawValue).md"
    }

    /// Everything the grader itself says, in this language.
    public var phrases: Phrases { Phrases(language: self) }

    /// A hint of the grading suites in this language; English (as written) when the catalog
    /// has no translation, which the self-check and `HintCatalogTests` do not let ship.
    public func hint(_ english: String) -> String {
        HintCatalog.for(self)?.translate(english) ?? english
    }

    /// `zh_TW.UTF-8@euro` → `["zh", "tw"]`; `zh-Hant-TW` → `["zh", "hant", "tw"]`.
    private static func subtags(_ text: String) -> [String] {
        let name = text.split(separator: ".", maxSplits: 1).first.map(String.init) ?? text
        let plain = name.split(separator: "@", maxSplits: 1).first.map(String.init) ?? name
        return plain.lowercased().split(whereSeparator: { $0 == "_" || $0 == "-" }).map(String.init)
    }

    /// A script subtag decides; else the region: Taiwan, Hong Kong and Macau write Traditional
    /// characters, everywhere else (mainland China, Singapore, Malaysia, bare `zh`) Simplified.
    private static func chinese(_ rest: ArraySlice<String>) -> Language {
        if rest.contains("hant") { return .traditionalChinese }
        if rest.contains("hans") { return .simplifiedChinese }
        return rest.contains { ["tw", "hk", "mo"].contains($0) } ? .traditionalChinese : .simplifiedChinese
    }
}

extension ValueKind where T == Language {
    /// `--lang`'s values, checked by CommandKit like any other option's.
    public static let language = ValueKind("\(Language.choices) (or a locale such as zh_TW.UTF-8)") { Language.parse($0) }
}
