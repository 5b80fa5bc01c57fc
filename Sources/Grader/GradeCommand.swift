import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The `grade` tool behind its thin `main.swift`: grade a kit, watch it, or check the grader.
///
/// Folders, relative to the kit root (the current directory, where `make` runs it):
/// `.build/grading-<exercises|solutions|submission|self-check>` are the SwiftPM scratch
/// folders, one per kind of run so that each stays incremental (`.build/grading-manifest` only
/// reads Package.swift); `.grade/` holds the logs, the submission mirror and `results.json`.
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
    /// the grader or the kit are thrown as `GradeError`s.
    public func run() throws -> Int32 {
        switch options.mode {
        case .help:
            output(GradeOptions.usage)
            return 0
        case .selfCheck:
            let check = SelfCheck(kit: root, manifest: try manifest(), work: work.appendingPathComponent("self-check"),
                                  scratch: scratch("self-check"), timeout: options.timeout, style: style)
            return try check.run(output: output, status: status) ? 0 : 1
        case .watch:
            let manifest = try manifest()
            let round = GradingRound(kit: root, implementation: options.implementation,
                                     scratch: scratch(options.implementation.rawValue),
                                     logs: work.appendingPathComponent("logs/watch"), timeout: options.timeout)
            let watcher = Watcher(round: round, lessons: manifest.lessons, pinned: try options.lesson.map(manifest.resolve),
                                  renderer: ReportRenderer(style: style, root: root.path, failuresShown: 1),
                                  clearScreen: isatty(STDOUT_FILENO) == 1, cycles: options.watchCycles)
            try watcher.run(output: output, status: status)
            return 0
        case .grade:
            try grade(try manifest())
            return 0
        }
    }

    /// Grades the chosen lessons (of the kit, or of a submission in a pristine mirror of the
    /// kit), prints the report and writes `.grade/results.json`.
    private func grade(_ manifest: KitManifest) throws {
        let start = ContinuousClock.now
        let lessons = try options.lesson.map { [try manifest.resolve($0)] } ?? manifest.lessons
        var kit = root
        var kind = options.implementation.rawValue
        if let folder = options.submission {
            let submission = try Submission(folder: URL(fileURLWithPath: folder, relativeTo: root).standardizedFileURL,
                                            lessons: manifest.lessons)
            let mirror = KitMirror(kit: root, destination: work.appendingPathComponent("submission"),
                                   supportPaths: manifest.supportPaths)
            try mirror.update(implementation: .exercises, lessons: manifest.lessons,
                              sources: try submission.sources(for: manifest.lessons,
                                                              stubs: root.appendingPathComponent(Implementation.exercises.folder)))
            status("Grading \(submission.exercises.path) in a pristine copy of the kit…")
            kit = mirror.destination
            kind = "submission"
        }
        let round = GradingRound(kit: kit, implementation: options.implementation, scratch: scratch(kind),
                                 logs: work.appendingPathComponent("logs/grade"), timeout: options.timeout)
        let results = try round.grade(lessons, progress: status)
        output(ReportRenderer(style: style, root: kit.path).report(results))
        let elapsed = (ContinuousClock.now - start).components
        let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
        let file = work.appendingPathComponent("results.json")
        try GradescopeResults(results: results, executionTime: seconds, root: kit.path).json().write(to: file)
        status("Results written to \(file.path)")
    }

    private var work: URL { root.appendingPathComponent(".grade") }

    private func scratch(_ kind: String) -> URL {
        root.appendingPathComponent(".build/grading-\(kind)")
    }

    /// The kit's manifest, after making sure the current directory is a kit at all.
    private func manifest() throws -> KitManifest {
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent("Tests/Grading").path) else {
            throw GradeError.failed("\(root.path) is not an ActivationLab kit (no Tests/Grading); run grade from the kit's folder")
        }
        return try KitManifest.load(kit: root, scratch: scratch("manifest"), logs: work.appendingPathComponent("logs"))
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
