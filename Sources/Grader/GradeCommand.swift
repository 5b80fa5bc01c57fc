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

/// The `grade` tool behind its thin `main.swift`: grade a kit, a submission or a class, watch
/// a kit, serve as Gradescope's autograder, check the grader, or check the kit's translations.
///
/// Folders, relative to the kit root (the current directory, where `make` runs it):
/// `.build/grading-checks` is the checker's SwiftPM scratch folder, `.build/grading-drivers`
/// the driver runtime and the drivers of the kit's own lessons; `.grade/` (readable by the
/// grader's user only) holds the logs, submissions' sources and drivers, and `results.json`.
public struct GradeCommand {
    public let options: GradeOptions
    public let root: URL
    public let environment: [String: String]

    public init(options: GradeOptions, root: URL, environment: [String: String]) {
        self.options = options
        self.root = root
        self.environment = environment
    }

    /// Runs the command; returns the exit status (0 unless the self-check fails). Problems of
    /// the grader or the kit are thrown as `CommandError`s.
    public func run() throws -> Int32 {
        if options.mode == .help {
            output(options.helpText)
            return 0
        }
        if options.mode == .translations {
            let check = TranslationCheck(kit: root)
            return options.stamp.isEmpty ? check.run(output: output) : check.stamp(options.stamp, output: output)
        }
        ProcessSweeper.becomeSubreaper()
        if options.mode == .gradescopeZip {
            let zip = URL(fileURLWithPath: options.zipFile!, relativeTo: root).standardizedFileURL
            let count = try Gradescope.package(kit: root, to: zip, swiftVersion: Self.swiftVersion(work: root.appendingPathComponent(".grade")))
            output("Wrote \(zip.path) (\(count) files; upload it as the assignment's autograder, see README.md).")
            return 0
        }
        if options.mode == .autograder {
            return try Autograder(root: URL(fileURLWithPath: options.autograderRoot), kit: root, options: options,
                                  output: output, status: status).run()
        }
        let setup = try GradingSetup.prepare(kit: root, options: options, extraHidden: extraHidden, status: status)
        defer { setup.cleanUp() }
        switch options.mode {
        case .help, .autograder, .gradescopeZip, .translations:
            return 0
        case .prepare:
            output(setup.policy.summary)
            return 0
        case .selfCheck:
            let check = SelfCheck(setup: setup, work: setup.work.appendingPathComponent("self-check"), style: style)
            return try check.run(output: output, status: status) ? 0 : 1
        case .watch:
            let watcher = Watcher(setup: setup, implementation: options.implementation,
                                  pinned: try options.lesson.map(setup.manifest.resolve),
                                  renderer: ReportRenderer(style: style, root: root.path, failuresShown: 1,
                                                           language: options.language),
                                  clearScreen: isatty(STDOUT_FILENO) == 1, cycles: options.watchCycles)
            try watcher.run(output: output, status: status)
            return 0
        case .gradeClass:
            let grading = ClassGrading(setup: setup, submissions: URL(fileURLWithPath: options.classFolder!, relativeTo: root)
                                           .standardizedFileURL,
                                       output: setup.work.appendingPathComponent("class"), force: options.force,
                                       jobs: options.jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                                       language: options.language)
            try grading.run(output: output, status: status)
            return 0
        case .benchGrading:
            try GradingBench(setup: setup).run(output: output, status: status)
            return 0
        case .grade:
            try grade(setup)
            return 0
        }
    }

    /// Folders outside the kit that a sandboxed submission must not see.
    private var extraHidden: [String] {
        [options.submission, options.classFolder].compactMap { $0 }
            .map { URL(fileURLWithPath: $0, relativeTo: root).standardizedFileURL.path }
    }

    /// Grades the chosen lessons (of the kit, or of a submission), prints the report and writes
    /// the results (`.grade/results.json`, or a class worker's folder) once every process the
    /// submission started is gone.
    private func grade(_ setup: GradingSetup) throws {
        let start = ContinuousClock.now
        let lessons = try options.lesson.map { [try setup.manifest.resolve($0)] } ?? setup.manifest.lessons
        let results: [LessonResult]
        var notes: [LessonFiles.Note] = []
        if let folder = options.submission {
            let submission = URL(fileURLWithPath: folder, relativeTo: root).standardizedFileURL
            let files = try LessonFiles.submission(at: submission, lessons: setup.manifest.lessons,
                                                   stubNames: LessonFiles.stubNames(kit: root, lessons: setup.manifest.lessons))
            notes = files.notes
            if options.output == nil { status(options.language.phrases.gradingSubmission(submission.path)) }
            results = try setup.grade(files, lessons: lessons, work: options.output.map { URL(fileURLWithPath: $0) }
                                          ?? setup.work.appendingPathComponent("submission"))
        } else {
            results = try setup.gradeInPlace(options.implementation, lessons: lessons, progress: status)
        }
        let seconds = Self.seconds(since: start)
        let language = options.language
        let renderer = ReportRenderer(style: options.output == nil ? style : TextStyle(colour: false), root: root.path,
                                      language: language)
        let isolation = setup.policy.summary(in: language)
        let report = renderer.report(results) + "\n" + isolation
            + notes.map { "\n" + language.phrases.noteLabel + language.phrases.note($0) }.joined()
        let json = try GradescopeResults(results: results, executionTime: seconds, root: root.path,
                                         isolation: isolation,
                                         randomVisibility: environment["GRADE_RANDOM_VISIBILITY"], language: language).json()
        if let folder = options.output {
            let destination = URL(fileURLWithPath: folder)
            try FileManager.default.createDirectory(at: destination, withIntermediateDirectories: true)
            try AtomicFile.write(Data((report + "\n").utf8), to: destination.appendingPathComponent("feedback.md"))
            try AtomicFile.write(json, to: destination.appendingPathComponent("results.json"))
            try StudentSummary(results: results).write(to: destination)
        } else {
            output(report)
            let file = setup.work.appendingPathComponent("results.json")
            try AtomicFile.write(json, to: file)
            status(language.phrases.resultsWritten(file.path))
        }
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = (ContinuousClock.now - start).components
        return Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
    }

    /// `6.3.1` from `swift --version`: the toolchain setup.sh installs on Gradescope.
    static func swiftVersion(work: URL) throws -> String {
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let log = work.appendingPathComponent("swift-version.txt")
        _ = try Subprocess("swift", ["--version"], output: log, timeout: 60).run()
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return text.firstMatch(of: /Swift version (\d+\.\d+(?:\.\d+)?)/).map { String($0.1) } ?? "6.3.1"
    }

    private var style: TextStyle { TextStyle.forStandardOutput(environment: environment) }

    /// The report and screens, unbuffered so that a watcher's screens reach a pipe at once.
    private func output(_ text: String) {
        FileHandle.standardOutput.write(Data("\(text)\n".utf8))
    }

    /// Progress notes, on stderr so that stdout holds only the report.
    private func status(_ text: String) {
        FileHandle.standardError.write(Data("\(text)\n".utf8))
    }
}

/// Everything a grader run shares between its rounds and students: the kit's lessons, the
/// checker and driver runtime (built once), and the sandbox policy (probed once).
public struct GradingSetup: Sendable {
    public let kit: URL
    public let manifest: KitManifest
    public let checker: Checker
    public let drivers: DriverBuild
    public let policy: SandboxPolicy
    /// This executable, which is also the sandbox launcher.
    public let launcher: String
    /// The sandbox homes' parent, removed by `cleanUp`.
    public let homes: URL
    /// `.grade/`.
    public let work: URL
    public let requestTimeout: Double

    /// Checks that this is a kit, builds the checker and the driver runtime (unless a class
    /// worker's parent did), and probes the sandbox.
    static func prepare(kit: URL, options: GradeOptions, extraHidden: [String],
                        status: (String) -> Void) throws -> GradingSetup {
        guard FileManager.default.fileExists(atPath: kit.appendingPathComponent("Tests/Grading").path) else {
            throw CommandError.failed("\(kit.path) is not an ActivationLab kit (no Tests/Grading); run grade from the kit's folder")
        }
        let work = kit.appendingPathComponent(".grade")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        // Results, logs and submissions' sources are the grader's alone.
        chmod(work.path, 0o700)
        let manifest = try KitManifest.load(kit: kit, scratch: kit.appendingPathComponent(".build/grading-manifest"),
                                            logs: work.appendingPathComponent("logs"))
        let checker = Checker(kit: kit, scratch: kit.appendingPathComponent(".build/grading-checks"))
        let drivers = DriverBuild(kit: kit, cache: kit.appendingPathComponent(".build/grading-drivers"))
        if !options.prebuilt {
            try checker.build(log: work.appendingPathComponent("logs/checks-build.log"))
            _ = try drivers.runtime()
        }
        let homes = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("activationlab-sandbox-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let launcher = Self.executablePath()
        var hidden = [kit.path, homes.path] + extraHidden
        if let home = ProcessInfo.processInfo.environment["HOME"], home != "/" { hidden.append(home) }
        let user = SandboxPolicy.baseUser(slot: options.sandboxSlot)
        let policy = SandboxPolicy.probe(launcher: launcher, home: homes.appendingPathComponent("probe"),
                                         hidden: hidden, user: user)
        return GradingSetup(kit: kit, manifest: manifest, checker: checker, drivers: drivers, policy: policy,
                            launcher: launcher, homes: homes, work: work, requestTimeout: options.timeout)
    }

    /// The same setup with another sandbox policy (the self-check grades its hostile fixtures
    /// under each isolation this machine can give).
    func with(policy: SandboxPolicy) -> GradingSetup {
        GradingSetup(kit: kit, manifest: manifest, checker: checker, drivers: drivers, policy: policy,
                     launcher: launcher, homes: homes, work: work, requestTimeout: requestTimeout)
    }

    /// A round over `sources`, writing drivers and logs under `work`.
    func round(sources: [Lesson: [URL]], sourceRoot: URL, driverOutput: URL, logs: URL) -> GradingRound {
        GradingRound(checker: checker, drivers: drivers, sources: sources, sourceRoot: sourceRoot,
                     driverOutput: driverOutput, logs: logs, policy: policy, launcher: launcher, homes: homes,
                     requestTimeout: requestTimeout)
    }

    /// Grades the kit's own `Exercises/` or `Solutions/`, compiled where they are.
    func gradeInPlace(_ implementation: Implementation, lessons: [Lesson],
                      progress: (String) -> Void) throws -> [LessonResult] {
        let folder = kit.appendingPathComponent(implementation.folder)
        let sources = Dictionary(uniqueKeysWithValues: lessons.map { lesson in
            (lesson, SwiftSource.files(in: folder.appendingPathComponent(lesson.folder)))
        })
        return try round(sources: sources, sourceRoot: kit,
                         driverOutput: drivers.cache.appendingPathComponent(implementation.rawValue),
                         logs: work.appendingPathComponent("logs/\(implementation.rawValue)"))
            .grade(lessons, progress: progress)
    }

    /// Grades handed-in files (a submission, a self-check round) copied under `work`. A lesson
    /// they do not contain is not started: nothing is compiled for it.
    func grade(_ files: LessonFiles, lessons: [Lesson], work: URL,
               timeoutOverrides: [String: Double] = [:]) throws -> [LessonResult] {
        let sourceRoot = work.appendingPathComponent("sources")
        let sources = try files.write(to: sourceRoot, lessons: lessons)
        var round = round(sources: sources, sourceRoot: sourceRoot,
                          driverOutput: work.appendingPathComponent("drivers"), logs: work.appendingPathComponent("logs"))
        round.timeoutOverrides = timeoutOverrides
        let present = lessons.filter { sources[$0] != nil }
        let graded = try round.grade(present, progress: { _ in })
        return try lessons.map { lesson in
            if let result = graded.first(where: { $0.lesson == lesson }) { return result }
            let checks = try PointsScanner.checks(inFolder: kit.appendingPathComponent(lesson.gradingFolder))
            return LessonResult(lesson: lesson, status: .notStarted, checks: checks.map { CheckResult(check: $0, outcome: .notRun) })
        }
    }

    /// Removes the sandbox homes' parent folder.
    func cleanUp() {
        try? FileManager.default.removeItem(at: homes)
    }

    /// This process's executable, to start it again as the sandbox launcher.
    static func executablePath() -> String {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        #endif
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
    }
}

/// Writes a file so that a reader sees the old contents or the new, never a mixture: into a
/// temporary file beside it, then renamed over it.
enum AtomicFile {
    static func write(_ data: Data, to file: URL) throws {
        let temporary = file.deletingLastPathComponent()
            .appendingPathComponent(".\(file.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max))")
        try data.write(to: temporary)
        guard rename(temporary.path, file.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw CommandError.failed("cannot write \(file.path): \(String(cString: strerror(errno)))")
        }
    }
}
