import CommandKit
import Foundation
import GradingProtocol
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `grade class DIR` (`make grade-class SUBMISSIONS=DIR`): every subfolder of DIR is one
/// student, graded into `.grade/class/`.
///
/// Everything that does not depend on a student (the checks, the driver runtime, the sandbox
/// probe) is done once, by this process. Each student is then graded by a worker, a `grade
/// --submission` process of its own (a subreaper that ends everything its student started
/// before it writes a result), several at once, each sandbox as its own unprivileged user so
/// that one student's processes cannot touch another's. A student whose files and whose kit
/// checks have not changed since the last run is not graded again (`--force` regrades all).
struct ClassGrading {
    let setup: GradingSetup
    let submissions: URL
    let output: URL
    let force: Bool
    let jobs: Int
    /// The language of every student's feedback.md and results.json, and of summary.md
    /// (grades.csv stays English: programs read it).
    var language: Language = .english
    /// Seconds a worker may take before its student is marked as too slow (a grader bound).
    static let workerTimeout: Double = 900

    /// One student's row.
    struct Student {
        let id: String
        let folder: URL
        var summary: StudentSummary?
    }

    func run(output print: (String) -> Void, status: (String) -> Void) throws {
        let students = try listStudents()
        guard !students.isEmpty else { throw CommandError.failed("no student folders in \(submissions.path)") }
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let kitKey = try KitFingerprint.checks(of: setup.kit)
        var waiting: [(Student, String)] = []
        var done: [Student] = []
        for student in students {
            // Feedback in another language is another grading: the key names the language.
            let key = kitKey + "-" + language.rawValue + "-"
                + StudentKey.of(student.folder, lessons: setup.manifest.lessons, kit: setup.kit)
            let folder = output.appendingPathComponent(student.id)
            if !force, (try? String(contentsOf: folder.appendingPathComponent("graded.key"), encoding: .utf8)) == key,
               let summary = StudentSummary.read(folder) {
                done.append(Student(id: student.id, folder: student.folder, summary: summary))
            } else {
                waiting.append((student, key))
            }
        }
        let pending = waiting
        status(setup.policy.summary)
        status("Grading \(pending.count) of \(students.count) students (\(students.count - pending.count) unchanged), " +
               "\(min(jobs, max(pending.count, 1))) at a time…")
        let progress = ClassProgress(total: pending.count)
        let lock = NSLock()
        nonisolated(unsafe) var graded: [Student] = []
        let slots = SlotPool(count: jobs)
        DispatchQueue.concurrentPerform(iterations: pending.count) { index in
            let (student, key) = pending[index]
            let slot = slots.take()
            defer { slots.give(slot) }
            let summary = grade(student, key: key, slot: slot)
            lock.lock()
            graded.append(Student(id: student.id, folder: student.folder, summary: summary))
            progress.advance(note: student.id)
            lock.unlock()
        }
        progress.finish()
        let all = (done + graded).sorted { $0.id < $1.id }
        let csv = output.appendingPathComponent("grades.csv")
        try AtomicFile.write(Data(ClassReport.csv(all, lessons: setup.manifest.lessons).utf8), to: csv)
        let summary = output.appendingPathComponent("summary.md")
        try AtomicFile.write(Data(ClassReport.summary(all, lessons: setup.manifest.lessons, language: language).utf8),
                             to: summary)
        print("Wrote \(csv.path), \(summary.path) and \(all.count) students' results.json and feedback.md.")
    }

    /// The subfolders of `submissions`, by name (the student id).
    private func listStudents() throws -> [Student] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: submissions.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw CommandError.failed("class folder \(submissions.path) does not exist")
        }
        return try FileManager.default.contentsOfDirectory(atPath: submissions.path).sorted()
            .filter { !$0.hasPrefix(".") }
            .map { Student(id: $0, folder: submissions.appendingPathComponent($0)) }
            .filter { (try? $0.folder.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true }
    }

    /// Grades one student in a worker process; a worker that fails leaves a summary that says so.
    private func grade(_ student: Student, key: String, slot: Int) -> StudentSummary {
        let folder = output.appendingPathComponent(student.id)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: folder.appendingPathComponent("graded.key"))
        let log = folder.appendingPathComponent("grader.log")
        let worker = Subprocess(setup.launcher, ["lessons", "--submission", student.folder.path, "--output", folder.path, "--prebuilt",
                                                 "--sandbox-slot", String(slot + 1),
                                                 "--timeout", String(setup.requestTimeout), "--lang", language.rawValue],
                                output: log, timeout: Self.workerTimeout)
        let termination = (try? worker.run()) ?? .exited(127)
        if termination == .exited(0), let summary = StudentSummary.read(folder) {
            try? key.write(to: folder.appendingPathComponent("graded.key"), atomically: true, encoding: .utf8)
            return summary
        }
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        let reason = text.split(whereSeparator: \.isNewline).last { $0.hasPrefix("grade:") }.map(String.init)
            ?? "the grader \(termination.summary)"
        let failed = StudentSummary.failed(reason: reason, lessons: setup.manifest.lessons, kit: setup.kit)
        try? failed.write(to: folder)
        try? AtomicFile.write(Data("# \(student.id)\n\n\(language.phrases.notGraded(reason))\n".utf8),
                              to: folder.appendingPathComponent("feedback.md"))
        return failed
    }
}

/// Hands out the numbers 0..<count, one to each concurrent worker.
final class SlotPool: @unchecked Sendable {
    private let condition = NSCondition()
    private var free: [Int]

    init(count: Int) { free = Array((0..<max(count, 1)).reversed()) }

    func take() -> Int {
        condition.lock()
        defer { condition.unlock() }
        while free.isEmpty { condition.wait() }
        return free.removeLast()
    }

    func give(_ slot: Int) {
        condition.lock()
        free.append(slot)
        condition.signal()
        condition.unlock()
    }
}

/// What a class needs to know about one student's grade, written by the worker beside its
/// results.json: per lesson the points and the status, and the checks that failed.
struct StudentSummary: Codable, Equatable {
    struct LessonLine: Codable, Equatable {
        let folder: String
        let score: Int
        let maxScore: Int
        let status: String
        let failedChecks: [String]
    }

    let lessons: [LessonLine]
    let gradedAt: String
    /// Set when the student could not be graded at all.
    var problem: String?

    var score: Int { lessons.reduce(0) { $0 + $1.score } }
    var maxScore: Int { lessons.reduce(0) { $0 + $1.maxScore } }

    init(results: [LessonResult], gradedAt: Date = Date()) {
        lessons = results.map { result in
            LessonLine(folder: result.lesson.folder, score: result.score, maxScore: result.maxScore,
                       status: result.status.summary, failedChecks: result.failingChecks.map(\.check.name))
        }
        self.gradedAt = ISO8601DateFormatter().string(from: gradedAt)
    }

    private init(lessons: [LessonLine], gradedAt: String, problem: String?) {
        self.lessons = lessons
        self.gradedAt = gradedAt
        self.problem = problem
    }

    static func failed(reason: String, lessons: [Lesson], kit: URL) -> StudentSummary {
        StudentSummary(lessons: lessons.map { lesson in
            let maximum = ((try? PointsScanner.checks(inFolder: kit.appendingPathComponent(lesson.gradingFolder))) ?? [])
                .compactMap(\.points).reduce(0, +)
            return LessonLine(folder: lesson.folder, score: 0, maxScore: maximum, status: "not graded", failedChecks: [])
        }, gradedAt: ISO8601DateFormatter().string(from: Date()), problem: reason)
    }

    func write(to folder: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try AtomicFile.write(try encoder.encode(self), to: folder.appendingPathComponent("summary.json"))
    }

    static func read(_ folder: URL) -> StudentSummary? {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent("summary.json")) else { return nil }
        return try? JSONDecoder().decode(StudentSummary.self, from: data)
    }

    /// The status column: `complete`, or the lessons that are not, with their state.
    var statusWords: String {
        if let problem { return "not-graded (\(problem.replacingOccurrences(of: ",", with: ";")))" }
        let open = lessons.filter { $0.status != "passed" }
        if open.isEmpty { return "complete" }
        let words = Dictionary(grouping: open) { line -> String in
            switch line.status {
            case "not started": "not-started"
            case "does not compile": "does-not-compile"
            case let status where status.hasPrefix("crashed"): "crashed"
            case let status where status.hasPrefix("timed out"): "timed-out"
            default: "failing"
            }
        }
        return ["crashed", "timed-out", "does-not-compile", "failing", "not-started"].compactMap { word in
            words[word].map { "\(word):" + $0.map { String($0.folder.prefix(2)) }.joined(separator: "+") }
        }.joined(separator: " ")
    }
}

/// `grades.csv` and `summary.md`.
enum ClassReport {
    static func csv(_ students: [ClassGrading.Student], lessons: [Lesson]) -> String {
        var lines = [(["student", "score", "max_score"] + lessons.map(\.folder) + ["status", "graded_at"]).joined(separator: ",")]
        for student in students {
            guard let summary = student.summary else { continue }
            let perLesson = lessons.map { lesson in
                summary.lessons.first { $0.folder == lesson.folder }.map { String($0.score) } ?? "0"
            }
            let row = [field(student.id), String(summary.score), String(summary.maxScore)] + perLesson
                + [field(summary.statusWords), summary.gradedAt]
            lines.append(row.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A CSV field, quoted when it must be (RFC 4180).
    static func field(_ text: String) -> String {
        text.contains(where: { ",\"\n\r".contains($0) }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    static func summary(_ students: [ClassGrading.Student], lessons: [Lesson], language: Language = .english) -> String {
        let phrases = language.phrases
        let graded = students.compactMap(\.summary)
        var text = "# \(phrases.classSummaryTitle)\n\n\(phrases.studentsGraded(graded.count))\n\n"
        text += "\(phrases.classTableHeader)\n|---|---|---|\n"
        for lesson in lessons {
            let lines = graded.compactMap { $0.lessons.first { $0.folder == lesson.folder } }
            let maximum = lines.first?.maxScore ?? 0
            let mean = lines.isEmpty ? 0 : Double(lines.reduce(0) { $0 + $1.score }) / Double(lines.count)
            let passed = lines.filter { $0.status == "passed" }.count
            text += "| \(lesson.folder) | \(String(format: "%.1f", mean)) / \(maximum) | \(phrases.passedOf(passed, lines.count)) |\n"
        }
        var failures: [String: (lesson: String, count: Int)] = [:]
        for summary in graded {
            for line in summary.lessons where line.status != "not started" && line.status != "not graded" {
                for check in line.failedChecks {
                    failures["\(line.folder)\u{0}\(check)", default: (line.folder, 0)].count += 1
                }
            }
        }
        let top = failures.sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }.prefix(15)
        text += "\n## \(phrases.mostFailedTitle)\n\n"
        text += top.isEmpty ? "\(phrases.noneFailing)\n" : "\(phrases.amongStarters)\n\n"
        for (key, value) in top {
            let check = key.split(separator: "\u{0}").last.map(String.init) ?? key
            text += phrases.failedBy(lesson: value.lesson, check: check, count: value.count, of: graded.count) + "\n"
        }
        return text
    }
}

/// The class's progress on standard error: CommandKit's bar with an ETA, redrawn in place on a
/// terminal; one line per student elsewhere (a log, CI).
final class ClassProgress: @unchecked Sendable {
    let total: Int
    private var done = 0
    private let start = Date()
    private let bar = ProgressBar(console: .standard)

    init(total: Int) { self.total = total }

    func advance(note: String) {
        done += 1
        let elapsed = Date().timeIntervalSince(start)
        let eta = ProgressBar.eta(elapsed: elapsed, done: Double(done), total: Double(total)).map { String(format: "%.0f s", $0) } ?? "?"
        let line = "\(ProgressBar.bar(Double(done) / Double(max(total, 1)))) \(done)/\(total) students · "
            + String(format: "%.0f s", elapsed) + " · ETA \(eta)"
        if bar.interactive {
            bar.log("graded \(note)")
            bar.draw([line], force: true)
        } else {
            FileHandle.standardError.write(Data("\(line) · \(note)\n".utf8))
        }
    }

    func finish() { bar.clear() }
}

/// What decides whether a student must be graded again: their lesson files as the grader reads them.
enum StudentKey {
    static func of(_ folder: URL, lessons: [Lesson], kit: URL) -> String {
        (try? LessonFiles.submission(at: folder, lessons: lessons, stubNames: LessonFiles.stubNames(kit: kit, lessons: lessons)))?
            .fingerprint ?? "unreadable"
    }
}

/// Fingerprints of the kit's files: all of them (to prove nothing changed them) or the
/// checks' inputs (to tell whether a class's grades are still current).
enum KitFingerprint {
    /// Every file below `kit` except build products, grading output and git's database:
    /// relative path → digest.
    static func of(_ kit: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        let skipped: Set<String> = [".build", ".grade", ".git", ".swiftpm"]
        guard let walker = FileManager.default.enumerator(at: kit, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
        let prefix = kit.standardizedFileURL.path + "/"
        for case let url as URL in walker {
            if skipped.contains(url.lastPathComponent) { walker.skipDescendants(); continue }
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = url.standardizedFileURL.path
            result[path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path] = try Fingerprint.of(files: [url])
        }
        return result
    }

    /// `added: …; changed: …; removed: …`.
    static func difference(_ before: [String: String], _ after: [String: String]) -> String {
        let added = after.keys.filter { before[$0] == nil }.sorted()
        let removed = before.keys.filter { after[$0] == nil }.sorted()
        let changed = after.keys.filter { before[$0] != nil && before[$0] != after[$0] }.sorted()
        return [("added", added), ("changed", changed), ("removed", removed)].filter { !$0.1.isEmpty }
            .map { "\($0.0): \($0.1.prefix(5).joined(separator: ", "))" }.joined(separator: "; ")
    }

    /// A digest of everything that decides a grade besides the student's files.
    static func checks(of kit: URL) throws -> String {
        let folders = ["Tests/Grading", "Tests/GradingSupport", "Tests/Fixtures", "Sources/GradingProtocol",
                       "Sources/GradingDriver", "Sources/ActivationCore", "Sources/LabEngine", "Sources/LabData"]
        var files = [kit.appendingPathComponent("Package.swift")]
        for folder in folders {
            guard let walker = FileManager.default.enumerator(at: kit.appendingPathComponent(folder),
                                                              includingPropertiesForKeys: nil) else { continue }
            files += walker.compactMap { $0 as? URL }.filter { !$0.hasDirectoryPath && $0.pathExtension != "" }
        }
        return try Fingerprint.of(files: files.sorted { $0.path < $1.path }, extra: files.map(\.path))
    }
}
