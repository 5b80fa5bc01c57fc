import Foundation

/// Runs one lesson's grading suite in a process of its own, so that a crash or an endless loop
/// costs that lesson only.
///
/// On Linux the test product is a plain executable that Swift Testing drives directly; on macOS
/// it is an `.xctest` bundle, so the run goes through `swift test --skip-build` instead. Tests
/// run one at a time (`--no-parallel`), which makes "the check that was running when it died"
/// meaningful and the points of a crashed lesson reproducible.
struct TestBinary {
    let kit: URL
    let implementation: Implementation
    let scratch: URL
    /// The lessons the package was built with (the manifest must see the same `KIT_LESSONS`
    /// again when `swift test` re-reads it).
    let builtLessons: [Lesson]

    /// Runs `lesson`'s checks, writing the event stream to `events` and the output to `log`.
    func run(_ lesson: Lesson, events: URL, log: URL, timeout: Double) throws -> Termination {
        try? FileManager.default.removeItem(at: events)
        let selection = ["--no-parallel", "--filter", "^\(lesson.gradingModule)\\.",
                         "--event-stream-output-path", events.path]
        let binary = scratch.appendingPathComponent("debug/ActivationLabPackageTests.xctest")
        var isFolder: ObjCBool = false
        let direct = FileManager.default.fileExists(atPath: binary.path, isDirectory: &isFolder) && !isFolder.boolValue
        let process = direct
            ? Subprocess(binary.path, ["--testing-library", "swift-testing"] + selection,
                         output: log, timeout: timeout)
            : Subprocess("swift", ["test", "--skip-build", "--package-path", kit.path,
                                   "--scratch-path", scratch.path] + selection,
                         environment: GradingBuild.environment(implementation, builtLessons),
                         output: log, timeout: timeout)
        return try process.run()
    }
}
