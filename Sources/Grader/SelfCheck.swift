import Foundation

/// `grade self-check`, run by `make test` and so by CI: evidence that the grader and the
/// grading suites grade correctly, not just that they run.
///
/// 1. The Solutions get full marks on every lesson, and the points scanned from the suites'
///    sources (what a lesson that does not compile is out of) equal the runtime listing.
/// 2. Every mutant (a classic mistake) loses points on its own lesson and nowhere else.
/// 3. Broken and hostile code gets what its answers earn and touches nothing: a compile error,
///    a trap, an endless loop, NaN returns; forged test output, an early exit, a detached
///    process that tries to rewrite the results, writes into the kit, fork, memory, disk and
///    output bombs (`Tests/GraderFixtures`).
/// 4. The shipped stubs score 0 everywhere and read "not started", without a crash.
/// 5. A small class grades into `grades.csv`, per-student feedback and a summary.
/// 6. The Gradescope autograder zip unpacks and grades in a simulated `/autograder` tree.
/// 7. The grader speaks Traditional and Simplified Chinese: every hint the suites can give (and
///    every hint steps 1–4 saw given) has a translation in both catalogs, no entry is stale, and a
///    lesson graded with `--lang zh-Hant` shows no English hint.
///
/// Rounds grade handed-in files (the Solutions with a few files swapped), so each round
/// compiles only the drivers of the lessons it changed; the checks are built once.
public struct SelfCheck: Sendable {
    public let setup: GradingSetup
    /// `.grade/self-check`: the rounds' sources, drivers and logs.
    public let work: URL
    public let style: TextStyle
    /// The endless-loop fixture's time limit per request: enough for any honest lesson here.
    static let hangTimeout: Double = 2

    public init(setup: GradingSetup, work: URL, style: TextStyle) {
        self.setup = setup
        self.work = work
        self.style = style
    }

    var lessons: [Lesson] { setup.manifest.lessons }
    var kit: URL { setup.kit }

    /// Runs every step, reporting as it goes; returns whether all passed. Throws only when the
    /// kit cannot be graded at all.
    public func run(output: (String) -> Void, status: (String) -> Void) throws -> Bool {
        let clock = ContinuousClock()
        let start = clock.now
        output(setup.policy.summary)
        let solutions = LessonFiles.lessons(in: kit.appendingPathComponent(Implementation.solutions.folder), lessons)
        var failures: [String] = []
        // Every lesson graded by steps 1 to 4, for step 7's look at the hints they gave.
        var graded: [LessonResult] = []
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
            let results = try setup.grade(solutions, lessons: lessons, work: work.appendingPathComponent("solutions"))
            graded += results
            return results.flatMap { fullMarksProblems($0, context: "Solutions") + scanProblems($0) }
        }
        try step("2. each mutant loses points on its own lesson only") {
            try checkMutants(solutions, output, graded: &graded)
        }
        try step("3. broken and hostile submissions get what their answers earn and touch nothing") {
            try checkFixtures(solutions, output, graded: &graded)
        }
        try step("4. the shipped stubs score nothing and read “not started”") {
            try checkStubs(output, graded: &graded)
        }
        try step("5. a class grades into grades.csv, feedback and a summary") {
            try ClassCheck(setup: setup, work: work.appendingPathComponent("class")).run(solutions: solutions, output: output)
        }
        try step("6. the Gradescope zip grades a complete and an empty submission in a simulated /autograder") {
            try AutograderCheck(kit: kit, work: work.appendingPathComponent("gradescope")).run(output: output, status: status)
        }
        try step("7. every hint is translated into zh-Hant and zh-Hans, and a lesson graded --lang zh-Hant shows no English hint") {
            try LanguageCheck(setup: setup, work: work.appendingPathComponent("language"))
                .run(given: graded, solutions: solutions, output: output)
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

    /// Step 2: one round per mutant of the lesson that has the most, then the score table.
    private func checkMutants(_ solutions: LessonFiles, _ output: (String) -> Void,
                              graded: inout [LessonResult]) throws -> [String] {
        let (mutants, layoutProblems) = Mutant.discover(in: kit, lessons: lessons)
        if mutants.isEmpty { return layoutProblems + ["no mutants in Tests/Mutants"] }
        var problems = layoutProblems
        var rows: [(Mutant, LessonResult)] = []
        for (index, round) in Mutant.rounds(mutants).enumerated() {
            var files = solutions
            for mutant in round { files.files[mutant.lesson.folder, default: [:]][mutant.file] = mutant.contents }
            for result in try setup.grade(files, lessons: lessons, work: work.appendingPathComponent("mutants-\(index + 1)")) {
                graded.append(result)
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

    /// Step 3: the fixtures in rounds of at most one per lesson, the endless loop under a short
    /// time limit; then the kit must be exactly as before and no process of theirs alive.
    private func checkFixtures(_ solutions: LessonFiles, _ output: (String) -> Void,
                               graded: inout [LessonResult]) throws -> [String] {
        let (fixtures, layoutProblems) = GraderFixture.discover(in: kit, lessons: lessons)
        var problems = layoutProblems
        let before = try KitFingerprint.of(kit)
        // Under bubblewrap, and again without it where it is used: the fallback must hold too.
        var policies = [setup.policy]
        if setup.policy.bubblewrap != nil {
            var plain = setup.policy
            plain.bubblewrap = nil
            policies.append(plain)
        }
        for (variant, policy) in policies.enumerated() {
            let isolated = setup.with(policy: policy)
            output("    " + policy.summary)
            for (index, round) in GraderFixture.rounds(fixtures).enumerated() {
                problems += try checkFixtureRound(round, name: "fixtures-\(variant + 1)-\(index + 1)", setup: isolated,
                                                  solutions: solutions, output, graded: &graded)
            }
        }
        let after = try KitFingerprint.of(kit)
        if before != after {
            problems.append("the kit changed while the fixtures were graded: \(KitFingerprint.difference(before, after))")
        }
        return problems
    }

    /// One round of fixtures: the lessons they replace get what the fixture kinds say, the
    /// others full marks; the results stay as written; nothing of theirs is left running.
    private func checkFixtureRound(_ round: [GraderFixture], name: String, setup: GradingSetup, solutions: LessonFiles,
                                   _ output: (String) -> Void, graded: inout [LessonResult]) throws -> [String] {
        var problems: [String] = []
        var files = solutions
        var timeouts: [String: Double] = [:]
        for fixture in round {
            fixture.apply(to: &files)
            if fixture.kind == .hang { timeouts[fixture.lesson.number] = Self.hangTimeout }
        }
        let roundWork = work.appendingPathComponent(name)
        let results = try setup.grade(files, lessons: lessons, work: roundWork, timeoutOverrides: timeouts)
        graded += results
        // The results of this round as written, to see that nothing rewrites them later.
        let written = roundWork.appendingPathComponent("results.json")
        let json = try GradescopeResults(results: results, executionTime: 0, root: kit.path, isolation: "").json()
        try AtomicFile.write(json, to: written)
        for result in results {
            if let fixture = round.first(where: { $0.lesson == result.lesson }) {
                output("    \(fixture.kind.rawValue.padded(to: 16))\(result.lesson.folder.padded(to: 24))" +
                       "\(result.score)/\(result.maxScore)  \(result.status.summary)")
                problems += [fixture.kind.problem(with: result)].compactMap { $0 }
            } else {
                problems += fullMarksProblems(result, context: name)
            }
        }
        if round.contains(where: { $0.kind == .detached }) {
            // The detached fixture's grandchild waits a second before it strikes.
            usleep(1_500_000)
            if (try? Data(contentsOf: written)) != json { problems.append("\(name): results.json changed after grading") }
        }
        let left = ProcessSweeper.descendants(of: getpid())
        if !left.isEmpty { problems.append("\(name): \(left.count) processes still running after grading") }
        return problems
    }

    /// Step 4: the stubs as shipped.
    private func checkStubs(_ output: (String) -> Void, graded: inout [LessonResult]) throws -> [String] {
        let (stubs, origin) = try PristineStubs.load(kit: kit, lessons: lessons, work: work)
        output("    stubs from \(origin)")
        let results = try setup.grade(stubs, lessons: lessons, work: work.appendingPathComponent("stubs"))
        graded += results
        return results.compactMap { result in
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
        let byName: ([GradedCheck]) -> [String] = { $0.map { "\($0.name) → \($0.points.map(String.init) ?? "none")" }.sorted() }
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
