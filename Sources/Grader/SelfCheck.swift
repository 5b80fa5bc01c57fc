import Foundation

/// `grade --self-check`, run by `make test` and so by CI: evidence that the grader and the
/// grading suites grade correctly, not just that they run.
///
/// 1. The Solutions get full marks on every lesson, and the points scanned from the suites'
///    sources (what a lesson that does not compile is out of) equal the runtime listing.
/// 2. Every mutant (a classic mistake) loses points on its own lesson and nowhere else.
/// 3. Broken code is reported as such: a compile error, a trap, an endless loop, NaN returns.
/// 4. The shipped stubs score 0 everywhere and read "not started", without a crash.
///
/// Every step grades a private mirror of the kit (`KitMirror`) in one scratch folder, from
/// the Solutions outwards: each step changes only a few lesson files, so after the first full
/// build each costs an incremental one. Mutants share rounds, one per lesson per round.
public struct SelfCheck: Sendable {
    public let kit: URL
    public let manifest: KitManifest
    /// `.grade/self-check`: the mirror, the logs, the unpacked stubs.
    public let work: URL
    public let scratch: URL
    public let timeout: Double
    public let style: TextStyle
    /// The endless-loop fixture's time limit: enough to start a test process, short for CI.
    static let hangTimeout: Double = 3

    public init(kit: URL, manifest: KitManifest, work: URL, scratch: URL, timeout: Double, style: TextStyle) {
        self.kit = kit
        self.manifest = manifest
        self.work = work
        self.scratch = scratch
        self.timeout = timeout
        self.style = style
    }

    /// Runs every step, reporting as it goes; returns whether all passed. Throws only when the
    /// kit cannot be graded at all.
    public func run(output: (String) -> Void, status: (String) -> Void) throws -> Bool {
        let clock = ContinuousClock()
        let start = clock.now
        let bench = SelfCheckBench(
            mirror: KitMirror(kit: kit, destination: work.appendingPathComponent("kit"), supportPaths: manifest.supportPaths),
            lessons: manifest.lessons, scratch: scratch, logs: work.appendingPathComponent("logs"), timeout: timeout)
        var solutions: [String: [String: Data]] = [:]
        for lesson in manifest.lessons {
            solutions[lesson.folder] = try KitMirror.sources(in: kit.appendingPathComponent(lesson.sourceFolder(.solutions)))
        }
        var failures: [String] = []
        func step(_ title: String, _ body: () throws -> [String]) rethrows {
            output(style.bold("▸ \(title)"))
            let stepStart = clock.now
            let problems = try body()
            let elapsed = Self.seconds(clock.now - stepStart)
            output((problems.isEmpty ? style.green("  ✓ passed") : style.red("  ✗ \(Self.count(problems.count, "problem"))"))
                   + " (\(elapsed))")
            for problem in problems { output("    " + problem) }
            failures += problems
        }
        try step("1. Solutions get full marks; each lesson's scanned points equal its runtime listing") {
            try checkSolutions(bench, solutions, status)
        }
        try step("2. each mutant loses points on its own lesson only") {
            try checkMutants(bench, solutions, output, status)
        }
        try step("3. broken submissions are reported as such") {
            try checkFixtures(bench, solutions, output, status)
        }
        try step("4. the shipped stubs score nothing and read “not started”") {
            try checkStubs(bench, output, status)
        }
        let total = Self.seconds(clock.now - start)
        if failures.isEmpty {
            output(style.green("Self-check passed") + " in \(total).")
        } else {
            output(style.red("Self-check failed") + " in \(total), \(Self.count(failures.count, "problem")):")
            for failure in failures { output("  - " + failure) }
        }
        return failures.isEmpty
    }

    /// Step 1: full marks everywhere, and each lesson's scanned points equal to its listing.
    private func checkSolutions(_ bench: SelfCheckBench, _ solutions: [String: [String: Data]],
                                _ status: (String) -> Void) throws -> [String] {
        try bench.grade("solutions", solutions, status: status).flatMap {
            fullMarksProblems($0, context: "Solutions") + scanProblems($0)
        }
    }

    /// Step 2: one round per mutant of the lesson that has the most, then the score table.
    private func checkMutants(_ bench: SelfCheckBench, _ solutions: [String: [String: Data]],
                              _ output: (String) -> Void, _ status: (String) -> Void) throws -> [String] {
        let (mutants, layoutProblems) = Mutant.discover(in: kit, lessons: bench.lessons)
        if mutants.isEmpty { return layoutProblems + ["no mutants in Tests/Mutants"] }
        var problems = layoutProblems
        var rows: [(Mutant, LessonResult)] = []
        for (index, round) in Mutant.rounds(mutants).enumerated() {
            var sources = solutions
            for mutant in round { sources[mutant.lesson.folder, default: [:]][mutant.file] = mutant.contents }
            for result in try bench.grade("mutants-\(index + 1)", sources, status: status) {
                if let mutant = round.first(where: { $0.lesson == result.lesson }) {
                    rows.append((mutant, result))
                    problems += mutantProblems(mutant, result)
                } else {
                    problems += fullMarksProblems(result, context: "mutant round \(index + 1)")
                }
            }
        }
        output(mutantTable(rows.sorted { ($0.0.lesson.number, $0.0.name) < ($1.0.lesson.number, $1.0.name) }))
        return problems
    }

    /// Step 3: every fixture in one round, the endless loop under a short time limit.
    private func checkFixtures(_ bench: SelfCheckBench, _ solutions: [String: [String: Data]],
                               _ output: (String) -> Void, _ status: (String) -> Void) throws -> [String] {
        let (fixtures, layoutProblems) = GraderFixture.discover(in: kit, lessons: bench.lessons)
        var sources = solutions
        var timeouts: [String: Double] = [:]
        for fixture in fixtures {
            sources[fixture.lesson.folder, default: [:]][fixture.file] = fixture.contents
            if fixture.kind == .hang { timeouts[fixture.lesson.number] = Self.hangTimeout }
        }
        var problems = layoutProblems
        for result in try bench.grade("fixtures", sources, timeouts: timeouts, status: status) {
            if let fixture = fixtures.first(where: { $0.lesson == result.lesson }) {
                output("    \(fixture.kind.rawValue.padded(to: 14))\(result.lesson.folder.padded(to: 24))" +
                       "\(result.score)/\(result.maxScore)  \(result.status.summary)")
                problems += [fixture.kind.problem(with: result)].compactMap { $0 }
            } else {
                problems += fullMarksProblems(result, context: "the fixtures round")
            }
        }
        return problems
    }

    /// Step 4: the stubs as shipped.
    private func checkStubs(_ bench: SelfCheckBench, _ output: (String) -> Void,
                            _ status: (String) -> Void) throws -> [String] {
        let (stubs, origin) = try PristineStubs.load(kit: kit, lessons: bench.lessons, work: work)
        output("    stubs from \(origin)")
        return try bench.grade("stubs", stubs, status: status).compactMap { result in
            result.status == .notStarted && result.score == 0 ? nil
                : "stub \(result.lesson.folder) was graded \(result.score)/\(result.maxScore), " +
                  "\(result.status.summary); expected 0, not started"
        }
    }

    /// A lesson graded from untouched Solutions must pass every check, and have some.
    private func fullMarksProblems(_ result: LessonResult, context: String) -> [String] {
        if result.status == .passed && result.maxScore > 0 { return [] }
        let first = result.failingChecks.first.map { check -> String in
            if case .failed(let failures) = check.outcome, let failure = failures.first {
                return "; first: “\(check.check.name)”: \(failure.message)"
            }
            return "; first: “\(check.check.name)”"
        } ?? ""
        let why = result.maxScore == 0 ? "it has no checks worth points" : result.status.summary + first
        return ["\(context): \(result.lesson.folder) got \(result.score)/\(result.maxScore) (\(why))"]
    }

    /// The scan of `Tests/Grading/NN-topic` must list exactly the checks the test binary ran,
    /// with points on every one.
    private func scanProblems(_ result: LessonResult) -> [String] {
        guard case .passed = result.status else { return [] }
        let folder = kit.appendingPathComponent(result.lesson.gradingFolder)
        guard let scanned = try? PointsScanner.checks(inFolder: folder) else {
            return ["cannot read \(result.lesson.gradingFolder)"]
        }
        let listed = result.checks.map(\.check)
        var problems = listed.filter { $0.points == nil }.map {
            "\(result.lesson.folder): “\($0.name)” carries no [N pts] in its name"
        }
        let byName: ([Check]) -> [String] = { $0.map { "\($0.name) → \($0.points.map(String.init) ?? "none")" }.sorted() }
        if byName(scanned) != byName(listed) {
            let missing = Set(byName(listed)).subtracting(byName(scanned)).sorted()
            let extra = Set(byName(scanned)).subtracting(byName(listed)).sorted()
            problems.append("\(result.lesson.folder): the points scan (\(scanned.compactMap(\.points).reduce(0, +)) pts) " +
                            "differs from the runtime listing (\(result.maxScore) pts); " +
                            "only at runtime: \(missing), only in the scan: \(extra)")
        }
        return problems
    }

    /// A mutant must compile, and must cost points.
    private func mutantProblems(_ mutant: Mutant, _ result: LessonResult) -> [String] {
        let name = "mutant \(mutant.lesson.folder)/\(mutant.name)"
        if case .doesNotCompile(let error) = result.status {
            return ["\(name) does not compile (\(error.message)); a mutant must be a mistake that builds"]
        }
        return result.score < result.maxScore ? []
            : ["\(name) (\(mutant.mistake)) keeps all \(result.maxScore) points: no check catches it"]
    }

    private func mutantTable(_ rows: [(Mutant, LessonResult)]) -> String {
        let width = (rows.map { $0.0.lesson.folder.count + $0.0.name.count + 1 }.max() ?? 0) + 2
        return rows.map { mutant, result in
            let caught = result.score < result.maxScore
            let mark = caught ? style.green("✓") : style.red("✗")
            return "    \(mark) " + "\(mutant.lesson.folder)/\(mutant.name)".padded(to: width) +
                "\(result.score)/\(result.maxScore)".leftPadded(to: 7) + "  " + mutant.mistake
        }.joined(separator: "\n")
    }

    /// `1 problem`, `3 problems`.
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    /// `42.3 s` or `3 min 12 s`.
    static func seconds(_ duration: Duration) -> String {
        let total = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return total < 60 ? String(format: "%.1f s", total) : "\(Int(total) / 60) min \(Int(total) % 60) s"
    }
}
