import Foundation

/// Self-check step 7: the grader speaks Traditional and Simplified Chinese.
///
/// - Every hint the suites can give (`HintScanner`) is in both catalogs, and every catalog entry
///   is still given by a suite, with its numbers and code intact (`HintCatalog.audit`).
/// - Every hint actually given while steps 1–4 graded the Solutions, mutants, fixtures and stubs
///   was found by the scan, and translates: a hint written where the scan does not look, or
///   built at run time in a way it cannot see, fails here instead of reaching a student in English.
/// - A lesson graded by the grade command itself with `--lang zh-Hant` (a mutant, so that it has
///   failures and hints) writes feedback.md and results.json in Chinese, with no English hint.
struct LanguageCheck {
    let setup: GradingSetup
    let work: URL

    func run(given: [LessonResult], solutions: LessonFiles, output: (String) -> Void) throws -> [String] {
        let kit = setup.kit
        let scanned = try HintScanner.hints(kit: kit)
        var problems = HintCatalog.audit(hints: scanned)
        let bodies = scanned.map { HintPointer.split($0.text).body }
        let texts = HintTexts(bodies)
        var checked: Set<String> = []
        for result in given {
            for hint in Self.hints(in: result) where checked.insert(hint).inserted {
                let body = HintPointer.split(hint).body
                if !texts.contains(body) {
                    problems.append("\(result.lesson.folder) gave the hint “\(body)”, which the scan of the suites does not find: "
                                    + "write it where HintScanner looks (a hint: argument, a Hints table, a let in a …Hints.swift file)")
                }
                for catalog in HintCatalog.all where catalog.translate(hint) == nil {
                    problems.append("\(catalog.language.rawValue): \(result.lesson.folder) gave the hint “\(body)”, "
                                    + "which \(catalog.file) does not translate")
                }
            }
        }
        output("    \(bodies.count) hints in the suites, \(checked.count) different ones given by steps 1–4; "
               + HintCatalog.all.map { "\($0.language.rawValue): \($0.entries.count) entries" }.joined(separator: ", "))
        return problems + (try gradeInChinese(solutions: solutions, output: output))
    }

    /// The hints a lesson's failing checks gave, as the checker recorded them.
    static func hints(in result: LessonResult) -> [String] {
        result.checks.flatMap { check -> [String] in
            guard case .failed(let failures) = check.outcome else { return [] }
            return failures.compactMap(\.hint)
        }
    }

    /// `grade lessons --submission … --lesson NN --lang zh-Hant`, as a class worker runs it, on a
    /// mutant of lesson 02 (or the first mutant there is): its feedback.md and results.json must
    /// be in Chinese and hold no English hint.
    private func gradeInChinese(solutions: LessonFiles, output: (String) -> Void) throws -> [String] {
        let manager = FileManager.default
        try? manager.removeItem(at: work)
        let mutants = Mutant.discover(in: setup.kit, lessons: setup.manifest.lessons).mutants
        guard let mutant = mutants.first(where: { $0.lesson.folder.hasSuffix("sigmoid") }) ?? mutants.first else {
            return ["no mutant to grade in Chinese"]
        }
        let lesson = mutant.lesson
        let submission = work.appendingPathComponent("submission/\(lesson.folder)")
        try manager.createDirectory(at: submission, withIntermediateDirectories: true)
        var files = solutions.files[lesson.folder] ?? [:]
        files[mutant.file] = mutant.contents
        for (name, data) in files { try data.write(to: submission.appendingPathComponent(name)) }
        let results = work.appendingPathComponent("results")
        let log = work.appendingPathComponent("grade.log")
        let arguments = ["lessons", "--submission", submission.deletingLastPathComponent().path, "--lesson", lesson.number,
                         "--output", results.path, "--prebuilt", "--sandbox-slot", "1",
                         "--timeout", String(setup.requestTimeout), "--lang", Language.traditionalChinese.rawValue]
        let termination = try Subprocess(setup.launcher, arguments, output: log, timeout: 600).run()
        output("    grade lessons --lesson \(lesson.number) --lang zh-Hant on mutant \(lesson.folder)/\(mutant.name): "
               + (termination == .exited(0) ? "ok" : termination.summary))
        guard termination == .exited(0),
              let feedback = try? String(contentsOf: results.appendingPathComponent("feedback.md"), encoding: .utf8),
              let json = try? Data(contentsOf: results.appendingPathComponent("results.json")),
              let object = try? JSONSerialization.jsonObject(with: json) as? [String: Any],
              let tests = object["tests"] as? [[String: Any]] else {
            return ["grading \(lesson.folder) --lang zh-Hant \(termination.summary) without feedback.md and results.json (log: \(log.path))"]
        }
        let outputs = [object["output"] as? String ?? ""] + tests.compactMap { $0["output"] as? String }
        var problems: [String] = []
        let phrases = Language.traditionalChinese.phrases
        for (what, text) in [("feedback.md", feedback), ("results.json", outputs.joined(separator: "\n"))] {
            for expected in [phrases.lessonHeading, phrases.hintLabel, "隔離："] where !text.contains(expected) {
                problems.append("\(what) of \(lesson.folder) graded --lang zh-Hant has no “\(expected)”")
            }
            for english in ["hint: ", "Lesson  ", "Total: ", "Isolation: ", "README.md)"] where text.contains(english) {
                problems.append("\(what) of \(lesson.folder) graded --lang zh-Hant still says “\(english)”")
            }
            // The English of every hint whose translation reads differently (a bare formula reads the same).
            let leftovers = HintCatalog.traditionalChinese.entries
                .filter { $0.english != $0.translation && $0.english.count >= 12 }
                .map(\.english).filter { text.contains($0) }
            problems += leftovers.map { "\(what) of \(lesson.folder) graded --lang zh-Hant has the English hint “\($0)”" }
        }
        if !outputs.contains(where: { $0.contains(phrases.hintLabel) }) {
            problems.append("results.json of \(lesson.folder) graded --lang zh-Hant shows no hint at all; the mutant should fail")
        }
        return problems
    }
}
