import Foundation

/// Builds the grading package (`KIT_GRADING=1`) so that a lesson that does not compile costs
/// only its own points.
///
/// SwiftPM stops at the first module that fails, so one build cannot reveal every broken
/// lesson: the build is repeated with the broken lessons left out (`KIT_LESSONS`) until it
/// succeeds. Each retry only relinks what already compiled, so a few broken lessons cost
/// seconds, not rebuilds.
struct GradingBuild {
    let kit: URL
    let implementation: Implementation
    let scratch: URL
    let log: URL
    /// A bound on one `swift build`, so that not even a type checker lost in a student's
    /// expression can hang the grader.
    static let timeout: Double = 1800

    /// Builds `lessons`; returns those that built and the first error of each that did not.
    func build(_ lessons: [Lesson], progress: (String) -> Void) throws
        -> (built: [Lesson], broken: [Lesson: CompilerDiagnostic]) {
        var broken: [Lesson: CompilerDiagnostic] = [:]
        // A lesson without sources would not fail on its own: SwiftPM only warns, and the suite
        // then links against whatever the last build left behind.
        for lesson in lessons {
            let folder = kit.appendingPathComponent(lesson.sourceFolder(implementation))
            if SwiftSource.files(in: folder).isEmpty {
                broken[lesson] = CompilerDiagnostic(file: folder.path, line: 0, column: 0,
                                                    message: "no .swift files; restore the lesson's sources")
            }
        }
        var remaining = lessons.filter { broken[$0] == nil }
        while !remaining.isEmpty {
            let termination = try Subprocess(
                "swift", ["build", "--build-tests", "--package-path", kit.path, "--scratch-path", scratch.path],
                environment: Self.environment(implementation, remaining), output: log, timeout: Self.timeout
            ).run()
            if termination == .exited(0) { break }
            let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            if case .timedOut = termination {
                throw GradeError.failed("the build took longer than \(Int(Self.timeout)) s (log: \(log.path))")
            }
            let attribution = CompileErrorAttribution(log: output, lessons: remaining)
            let newlyBroken = remaining.filter { attribution.firstError[$0.number] != nil }
            guard attribution.unattributed.isEmpty, !newlyBroken.isEmpty else {
                throw GradeError.failed(unexplained(attribution, output))
            }
            for lesson in newlyBroken {
                broken[lesson] = attribution.firstError[lesson.number]
            }
            remaining.removeAll { broken[$0] != nil }
            let names = newlyBroken.map(\.folder).joined(separator: ", ")
            progress(remaining.isEmpty ? "\(names) does not compile."
                                       : "\(names) does not compile; building the other lessons…")
        }
        return (remaining, broken)
    }

    /// The manifest switches for grading `lessons` from `implementation`.
    static func environment(_ implementation: Implementation, _ lessons: [Lesson]) -> [String: String] {
        ["KIT_GRADING": "1", "KIT_IMPL": implementation.rawValue,
         "KIT_LESSONS": lessons.map(\.number).joined(separator: ",")]
    }

    /// The grader error for a build that failed without any lesson to blame.
    private func unexplained(_ attribution: CompileErrorAttribution, _ output: String) -> String {
        let root = kit.path
        let errors = attribution.unattributed.map { $0.summary(relativeTo: root) }
        let evidence = errors.isEmpty ? attribution.unlocated : errors
        let lines = evidence.isEmpty ? output.split(whereSeparator: \.isNewline).suffix(5).map(String.init)
                                     : Array(evidence.prefix(5))
        return "the grading package does not build, and no lesson's code explains why " +
            "(a grader or kit problem):\n  " + lines.joined(separator: "\n  ") + "\n(full log: \(log.path))"
    }
}
