import Foundation

/// A classic mistake, shipped as `Tests/Mutants/NN-topic/<name>/<File>.swift`: a Solution file
/// with one plausible bug, whose first line says which (`// Mistake: …`). The self-check
/// substitutes it into a copy of the Solutions and requires that the lesson's checks notice.
public struct Mutant: Equatable, Sendable {
    public let lesson: Lesson
    /// The mutant's folder name, e.g. `naive-exp`.
    public let name: String
    /// The Solution file it replaces, e.g. `Sigmoid.swift`.
    public let file: String
    public let contents: Data
    /// The first line's description of the mistake.
    public let mistake: String

    public init(lesson: Lesson, name: String, file: String, contents: Data, mistake: String) {
        self.lesson = lesson
        self.name = name
        self.file = file
        self.contents = contents
        self.mistake = mistake
    }

    /// Every mutant under `kit/Tests/Mutants`, lesson by lesson and name by name, plus a
    /// description of each folder that breaks the layout (so the self-check can fail on it).
    public static func discover(in kit: URL, lessons: [Lesson]) -> (mutants: [Mutant], problems: [String]) {
        let root = kit.appendingPathComponent("Tests/Mutants")
        let manager = FileManager.default
        var mutants: [Mutant] = []
        var problems: [String] = []
        for folder in ((try? manager.contentsOfDirectory(atPath: root.path)) ?? []).sorted() where !folder.hasPrefix(".") {
            guard let lesson = lessons.first(where: { $0.folder == folder }) else {
                problems.append("Tests/Mutants/\(folder) is not a lesson folder")
                continue
            }
            let lessonRoot = root.appendingPathComponent(folder)
            for name in ((try? manager.contentsOfDirectory(atPath: lessonRoot.path)) ?? []).sorted() where !name.hasPrefix(".") {
                let path = "Tests/Mutants/\(folder)/\(name)"
                let files = SwiftSource.files(in: lessonRoot.appendingPathComponent(name))
                guard files.count == 1, let file = files.first, let contents = try? Data(contentsOf: file) else {
                    problems.append("\(path) must hold exactly one .swift file")
                    continue
                }
                let solution = kit.appendingPathComponent("\(lesson.sourceFolder(.solutions))/\(file.lastPathComponent)")
                guard manager.fileExists(atPath: solution.path) else {
                    problems.append("\(path)/\(file.lastPathComponent) replaces no file of Solutions/\(folder)")
                    continue
                }
                let firstLine = String(decoding: contents, as: UTF8.self).prefix { $0 != "\n" }
                guard let mistake = firstLine.firstMatch(of: /^\/\/\s*Mistake:\s*(.+)$/)?.1 else {
                    problems.append("\(path)/\(file.lastPathComponent) must start with a '// Mistake: …' line")
                    continue
                }
                mutants.append(Mutant(lesson: lesson, name: name, file: file.lastPathComponent,
                                      contents: contents, mistake: String(mistake)))
            }
        }
        return (mutants, problems)
    }

    /// Groups mutants into rounds of at most one per lesson: lessons are independent modules, so
    /// one build can test a mutant of every lesson at once, and the number of builds is the
    /// largest number of mutants any one lesson has.
    public static func rounds(_ mutants: [Mutant]) -> [[Mutant]] {
        var rounds: [[Mutant]] = []
        var seen: [String: Int] = [:]
        for mutant in mutants {
            let index = seen[mutant.lesson.number, default: 0]
            seen[mutant.lesson.number] = index + 1
            if index == rounds.count { rounds.append([]) }
            rounds[index].append(mutant)
        }
        return rounds
    }
}
