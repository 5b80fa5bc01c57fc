import CommandKit
import Foundation
import GradingProtocol

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

/// A deliberately broken lesson file, `Tests/GraderFixtures/<kind>/<File>.swift`, that stands in
/// for the Solution file of the same name, to show that the grader reports broken code as such.
///
/// A hostile fixture that answers right besides its attack need not copy the Solution: a line
/// `// Patch: `<a line of the Solution>` → `<what it becomes>`` makes the self-check take the
/// Solution file with that one line changed (typically an initialiser that now also calls
/// `Attack.once`), and compile the fixture itself beside it as `Hostile<File>.swift`.
public struct GraderFixture: Equatable, Sendable {
    public let kind: FixtureKind
    public let lesson: Lesson
    public let file: String
    public let contents: Data
    /// `Tests/GraderFixtures/HostileTarget.swift`, if there is one.
    public let support: Data?
    /// For a patch fixture: the Solution file with its one line changed.
    public let patched: Data?

    public init(kind: FixtureKind, lesson: Lesson, file: String, contents: Data, support: Data? = nil,
                patched: Data? = nil) {
        self.kind = kind
        self.lesson = lesson
        self.file = file
        self.contents = contents
        self.support = support
        self.patched = patched
    }

    /// The shared helper hostile fixtures may use, compiled beside any fixture that names it.
    static let supportFile = "HostileTarget.swift"

    /// Puts the fixture into `files` (replacing the Solution file of its name), with the shared
    /// helper when the fixture uses it.
    public func apply(to files: inout LessonFiles) {
        if let patched {
            files.files[lesson.folder, default: [:]][file] = patched
            files.files[lesson.folder, default: [:]]["Hostile" + file] = contents
        } else {
            files.files[lesson.folder, default: [:]][file] = contents
        }
        if let support, String(decoding: contents, as: UTF8.self).contains("Target.") {
            files.files[lesson.folder, default: [:]][Self.supportFile] = support
        }
    }

    /// Every fixture, one per kind, each placed in the lesson whose Solutions folder holds a
    /// file of its name; plus what is wrong with the layout, if anything.
    public static func discover(in kit: URL, lessons: [Lesson]) -> (fixtures: [GraderFixture], problems: [String]) {
        let root = kit.appendingPathComponent("Tests/GraderFixtures")
        var fixtures: [GraderFixture] = []
        var problems: [String] = []
        for kind in FixtureKind.allCases {
            let files = SwiftSource.files(in: root.appendingPathComponent(kind.rawValue))
            guard files.count == 1, let file = files.first, let contents = try? Data(contentsOf: file) else {
                problems.append("Tests/GraderFixtures/\(kind.rawValue) must hold exactly one .swift file")
                continue
            }
            let name = file.lastPathComponent
            guard let lesson = lessons.first(where: { lesson in
                FileManager.default.fileExists(atPath: kit.appendingPathComponent("\(lesson.sourceFolder(.solutions))/\(name)").path)
            }) else {
                problems.append("Tests/GraderFixtures/\(kind.rawValue)/\(name) replaces no Solution file")
                continue
            }
            var patched: Data?
            if let patch = String(decoding: contents, as: UTF8.self).firstMatch(of: /\n\/\/ Patch: `(.+)` → `(.+)`\n/) {
                let solution = kit.appendingPathComponent("\(lesson.sourceFolder(.solutions))/\(name)")
                var lines = ((try? String(contentsOf: solution, encoding: .utf8)) ?? "").components(separatedBy: "\n")
                guard let index = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == patch.1 }) else {
                    problems.append("Tests/GraderFixtures/\(kind.rawValue)/\(name): its patch finds no line `\(patch.1)` in the Solution")
                    continue
                }
                let indent = lines[index].prefix { $0 == " " }
                lines[index] = String(indent) + String(patch.2)
                patched = Data(lines.joined(separator: "\n").utf8)
            }
            fixtures.append(GraderFixture(kind: kind, lesson: lesson, file: name, contents: contents,
                                          support: try? Data(contentsOf: root.appendingPathComponent(supportFile)),
                                          patched: patched))
        }
        return (fixtures, problems)
    }

    /// Groups fixtures into rounds of at most one per lesson (a round grades every lesson once).
    public static func rounds(_ fixtures: [GraderFixture]) -> [[GraderFixture]] {
        var rounds: [[GraderFixture]] = []
        for fixture in fixtures {
            if let index = rounds.firstIndex(where: { round in !round.contains { $0.lesson == fixture.lesson } }) {
                rounds[index].append(fixture)
            } else {
                rounds.append([fixture])
            }
        }
        return rounds
    }
}

/// The broken and hostile submissions the self-check grades, by the folder that holds each
/// under `Tests/GraderFixtures/`, and what the grader must make of each.
///
/// The hostile ones follow the threat model: a submission's code can print anything, exit at
/// any moment, fork, allocate, write files and leave processes behind. Each must get exactly
/// what its answers earn: full marks where it answers correctly besides the attack, and fewer
/// points, with the failure named, where the attack stops it answering.
public enum FixtureKind: String, CaseIterable, Sendable {
    /// A lesson file with a type error: only that lesson reads "does not compile".
    case compileError = "compile-error"
    /// A trap (an index out of range): "crashed (signal …)", the other lessons unharmed.
    case crash
    /// An endless loop: "timed out", killed after the short timeout the self-check sets.
    case hang
    /// Code that returns NaN: plain failing checks, no crash, no points.
    case nan
    /// Wrong answers (a constant) plus forged Swift Testing output, a forged results.json and
    /// forged events written into every descriptor it may have inherited: graded on its answers
    /// alone (the one descriptor it does own, its reply channel, only garbles its own answers).
    case forgedOutput = "forged-output"
    /// Calls exit(0) whenever asked: "crashed (exited early with status 0)", that function's
    /// checks lost and the lesson's other functions' kept.
    case exitsEarly = "exits-early"
    /// Right answers, and a detached process (double fork, new session) that tries to rewrite
    /// the results after grading: full marks, and results unchanged.
    case detached
    /// Right answers, and writes into the kit (found from `#filePath`): full marks, kit unchanged.
    case writesKit = "writes-kit"
    /// Right answers after a bounded fork bomb: full marks, nothing left running.
    case forkBomb = "fork-bomb"
    /// Allocates far more memory than allowed on its first answer: crashed, not full marks.
    case memoryBomb = "memory-bomb"
    /// Writes a file far larger than allowed before answering: crashed, not full marks.
    case diskBomb = "disk-bomb"
    /// Prints megabytes to both output streams, then answers right: full marks.
    case outputBomb = "output-bomb"

    /// Nil if `result` is what this kind of code must get, else what is wrong with it.
    public func problem(with result: LessonResult) -> String? {
        let full = result.score == result.maxScore && result.status == .passed
        let expected: Bool
        switch (self, result.status) {
        case (.compileError, .doesNotCompile): expected = true
        case (.crash, .crashed(let signal?, _, _, _)): expected = signal > 0
        case (.hang, .timedOut): expected = true
        case (.nan, .failing): expected = result.score == 0
        case (.forgedOutput, _): expected = result.score < result.maxScore && result.status != .passed
        case (.exitsEarly, .crashed(_, 0?, _, _)): expected = result.score < result.maxScore
        case (.detached, _), (.writesKit, _), (.forkBomb, _), (.outputBomb, _): expected = full
        case (.memoryBomb, .crashed), (.diskBomb, .crashed): expected = result.score < result.maxScore
        default: expected = false
        }
        return expected ? nil : "the \(rawValue) fixture in \(result.lesson.folder) was graded " +
            "\(result.score)/\(result.maxScore), \(result.status.summary); expected \(expectation)"
    }

    /// The expected verdict, in words.
    public var expectation: String {
        switch self {
        case .compileError: "does not compile"
        case .crash: "crashed (signal …)"
        case .hang: "timed out"
        case .nan: "0 points, checks failing (no crash)"
        case .forgedOutput: "fewer than full marks, graded on its answers only (writing into its own reply channel garbles them)"
        case .exitsEarly: "crashed (exited early with status 0), the function's checks lost"
        case .detached, .writesKit, .forkBomb, .outputBomb: "full marks, and no effect outside its sandbox"
        case .memoryBomb, .diskBomb: "crashed, fewer than full marks"
        }
    }
}

/// The stubs as the kit ships them, for the self-check's "stubs score nothing" step.
///
/// They are read from the last commit when the kit is a git checkout, so that lessons someone
/// solved in place in `Exercises/` do not fail the check; otherwise (an unpacked archive, no
/// git) from `Exercises/` as it is on disk. CI checks out fresh, where the two agree.
enum PristineStubs {
    /// Each lesson's stub sources, and where they came from in words.
    static func load(kit: URL, lessons: [Lesson], work: URL) throws -> (sources: LessonFiles, origin: String) {
        let folder = Implementation.exercises.folder
        if let unpacked = try? fromGit(kit: kit, work: work) {
            let sources = try read(lessons, in: unpacked.appendingPathComponent(folder))
            if sources.files.values.allSatisfy({ !$0.isEmpty }) { return (sources, "git HEAD:\(folder)/") }
        }
        return (try read(lessons, in: kit.appendingPathComponent(folder)), "\(folder)/ on disk (not a git checkout)")
    }

    /// Unpacks `HEAD:Exercises` into `work/stubs`, or throws if git cannot.
    private static func fromGit(kit: URL, work: URL) throws -> URL {
        let manager = FileManager.default
        let target = work.appendingPathComponent("stubs")
        try? manager.removeItem(at: target)
        try manager.createDirectory(at: target, withIntermediateDirectories: true)
        let archive = work.appendingPathComponent("stubs.tar")
        let log = work.appendingPathComponent("stubs.log")
        let steps = [
            Subprocess("git", ["-C", kit.path, "archive", "--format=tar", "-o", archive.path, "HEAD", "--",
                               Implementation.exercises.folder], output: log, timeout: 60),
            Subprocess("tar", ["-xf", archive.path, "-C", target.path], output: log, timeout: 60),
        ]
        for step in steps where try step.run() != .exited(0) {
            throw CommandError.failed("\(step.executable) could not unpack the committed stubs")
        }
        return target
    }

    private static func read(_ lessons: [Lesson], in folder: URL) throws -> LessonFiles {
        LessonFiles.lessons(in: folder, lessons)
    }
}
