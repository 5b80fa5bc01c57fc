import Foundation
import GradingProtocol
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Self-check step 5: a small class of every kind of hand-in, graded as an instructor would,
/// then every row of `grades.csv` checked against what each student's files must earn.
struct ClassCheck {
    let setup: GradingSetup
    let work: URL

    func run(solutions: LessonFiles, output: (String) -> Void) throws -> [String] {
        let lessons = setup.manifest.lessons
        let kit = setup.kit
        let input = work.appendingPathComponent("submissions")
        try? FileManager.default.removeItem(at: work)
        let (stubs, _) = try PristineStubs.load(kit: kit, lessons: lessons, work: work.appendingPathComponent("stubs-unpacked"))
        let fixtures = GraderFixture.discover(in: kit, lessons: lessons).fixtures
        func fixture(_ kind: FixtureKind) -> GraderFixture? { fixtures.first { $0.kind == kind } }
        let points = try Dictionary(uniqueKeysWithValues: lessons.map { lesson in
            (lesson.folder, try PointsScanner.checks(inFolder: kit.appendingPathComponent(lesson.gradingFolder))
                .compactMap(\.points).reduce(0, +))
        })
        let total = points.values.reduce(0, +)

        // Each student's files, in the layout they hand them in, and the score they must get
        // (nil: anything below full marks).
        var expected: [String: (score: Int?, lessons: [String: Int?])] = [:]
        func put(_ student: String, _ files: [String: Data]) throws {
            for (path, data) in files {
                let url = input.appendingPathComponent(student).appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
        }
        func layout(_ files: LessonFiles, prefix: String) -> [String: Data] {
            var result: [String: Data] = [:]
            for (folder, sources) in files.files { for (name, data) in sources { result["\(prefix)\(folder)/\(name)"] = data } }
            return result
        }
        try put("complete", layout(solutions, prefix: "ActivationLab/Exercises/"))
        expected["complete"] = (total, [:])
        let firstFive = Set(lessons.prefix(5).map(\.folder))
        try put("partial", layout(LessonFiles(files: solutions.files.filter { firstFive.contains($0.key) }), prefix: ""))
        expected["partial"] = (firstFive.map { points[$0]! }.reduce(0, +), [:])
        try put("unstarted", layout(stubs, prefix: "Exercises/"))
        expected["unstarted"] = (0, [:])
        let sigmoid = lessons.first { $0.folder.hasSuffix("sigmoid") }?.folder ?? "02-sigmoid"
        let relu = lessons.first { $0.folder.hasSuffix("-relu") && !$0.folder.contains("leaky") }?.folder ?? "04-relu"
        var loose: [String: Data] = [:]
        for folder in [sigmoid, relu] { for (name, data) in solutions.files[folder] ?? [:] { loose["hand-in/\(name)"] = data } }
        try put("loose-files", loose)
        expected["loose-files"] = ((points[sigmoid] ?? 0) + (points[relu] ?? 0), [:])
        if let broken = fixture(.compileError) {
            var files = solutions
            broken.apply(to: &files)
            try put("does-not-compile", layout(files, prefix: ""))
            expected["does-not-compile"] = (total - points[broken.lesson.folder]!, [broken.lesson.folder: 0])
        }
        var hostile = solutions
        var hostileLessons: [String: Int?] = [:]
        for kind in [FixtureKind.forgedOutput, .exitsEarly, .hang, .detached] {
            guard let f = fixture(kind) else { continue }
            f.apply(to: &hostile)
            hostileLessons[f.lesson.folder] = kind == .detached ? points[f.lesson.folder] : nil
        }
        try put("hostile", layout(hostile, prefix: ""))
        expected["hostile"] = (nil, hostileLessons)

        let graded = work.appendingPathComponent("out")
        let grading = ClassGrading(setup: setup, submissions: input, output: graded, force: false, jobs: 2)
        try grading.run(output: { _ in }, status: { _ in })
        var problems = verify(graded, expected: expected, total: total, lessons: lessons)
        // Again, unchanged: nobody is regraded, so nobody's graded_at moves.
        let first = try String(contentsOf: graded.appendingPathComponent("grades.csv"), encoding: .utf8)
        try grading.run(output: { _ in }, status: { _ in })
        let second = try String(contentsOf: graded.appendingPathComponent("grades.csv"), encoding: .utf8)
        if first != second { problems.append("a second run of an unchanged class changed grades.csv (it must skip everyone)") }
        output(first.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
        return problems
    }

    private func verify(_ output: URL, expected: [String: (score: Int?, lessons: [String: Int?])], total: Int,
                        lessons: [Lesson]) -> [String] {
        guard let text = try? String(contentsOf: output.appendingPathComponent("grades.csv"), encoding: .utf8) else {
            return ["no grades.csv"]
        }
        var problems: [String] = []
        let rows = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = ["student", "score", "max_score"] + lessons.map(\.folder) + ["status", "graded_at"]
        if rows.first != header { problems.append("grades.csv header is \(rows.first ?? []), expected \(header)") }
        let body = rows.dropFirst()
        if Set(body.map { $0[0] }) != Set(expected.keys) {
            problems.append("grades.csv lists \(body.map { $0[0] }.sorted()), expected \(expected.keys.sorted())")
        }
        for row in body where row.count == header.count {
            guard let want = expected[row[0]], let score = Int(row[1]), let maximum = Int(row[2]) else { continue }
            if maximum != total { problems.append("\(row[0]): max_score \(maximum), expected \(total)") }
            if let exact = want.score, exact != score { problems.append("\(row[0]): score \(score), expected \(exact)") }
            if want.score == nil && score >= total { problems.append("\(row[0]): full marks, expected fewer") }
            let perLesson = lessons.enumerated().map { Int(row[3 + $0.offset]) ?? -1 }
            if perLesson.reduce(0, +) != score { problems.append("\(row[0]): lesson columns add up to \(perLesson.reduce(0, +)), not \(score)") }
            for (folder, points) in want.lessons {
                guard let index = lessons.firstIndex(where: { $0.folder == folder }) else { continue }
                if let points, perLesson[index] != points {
                    problems.append("\(row[0]): \(folder) got \(perLesson[index]), expected \(points)")
                }
            }
            if ISO8601DateFormatter().date(from: row.last ?? "") == nil { problems.append("\(row[0]): graded_at is not a date") }
            for file in ["results.json", "feedback.md"]
            where !FileManager.default.fileExists(atPath: output.appendingPathComponent("\(row[0])/\(file)").path) {
                problems.append("\(row[0]): no \(file)")
            }
        }
        let summary = (try? String(contentsOf: output.appendingPathComponent("summary.md"), encoding: .utf8)) ?? ""
        for lesson in lessons where !summary.contains("| \(lesson.folder) |") {
            problems.append("summary.md has no row for \(lesson.folder)")
        }
        if !summary.contains("fails most") { problems.append("summary.md lists no most-failed checks") }
        return problems
    }
}

/// Self-check step 6: `make gradescope`'s zip, unpacked into a temporary root standing in for
/// `/autograder`, set up with its own `setup.sh`, and run on a complete and an empty upload.
struct AutograderCheck {
    let kit: URL
    let work: URL

    func run(output: (String) -> Void, status: (String) -> Void) throws -> [String] {
        let manager = FileManager.default
        try? manager.removeItem(at: work)
        let zip = work.appendingPathComponent("autograder.zip")
        _ = try Gradescope.package(kit: kit, to: zip, swiftVersion: try GradeCommand.swiftVersion(work: work))
        let root = work.appendingPathComponent("root")
        let source = root.appendingPathComponent("source")
        try ZipArchive.unpack(try Data(contentsOf: zip), into: source)
        var problems: [String] = []
        if manager.fileExists(atPath: source.appendingPathComponent("Solutions").path) {
            problems.append("the zip ships the Solutions")
        }
        status("Setting up the simulated /autograder (a release build of the grader and the checks)…")
        let setupLog = work.appendingPathComponent("setup.log")
        let setup = try Subprocess("/bin/bash", [source.appendingPathComponent("setup.sh").path], output: setupLog, timeout: 3600)
            .run(in: source)
        guard setup == .exited(0) else { return problems + ["setup.sh \(setup.summary) (log: \(setupLog.path))"] }
        let lessons = try KitManifest.load(kit: kit, scratch: kit.appendingPathComponent(".build/grading-manifest"),
                                           logs: work.appendingPathComponent("logs")).lessons
        let total = try lessons.map { lesson in
            try PointsScanner.checks(inFolder: kit.appendingPathComponent(lesson.gradingFolder)).compactMap(\.points).reduce(0, +)
        }.reduce(0, +)
        let checks = try lessons.map { try PointsScanner.checks(inFolder: kit.appendingPathComponent($0.gradingFolder)).count }
            .reduce(0, +)
        for (name, complete) in [("complete", true), ("empty", false)] {
            let submission = root.appendingPathComponent("submission")
            try? manager.removeItem(at: submission)
            try? manager.removeItem(at: root.appendingPathComponent("results"))
            try manager.createDirectory(at: submission, withIntermediateDirectories: true)
            if complete {
                for lesson in lessons {
                    try manager.copyItem(at: kit.appendingPathComponent(lesson.sourceFolder(.solutions)),
                                         to: submission.appendingPathComponent(lesson.folder))
                }
            }
            let log = work.appendingPathComponent("run-\(name).log")
            let run = Subprocess(source.appendingPathComponent("run_autograder").path, [],
                                 environment: ["AUTOGRADER_ROOT": root.path], output: log, timeout: 600)
            let start = ContinuousClock.now
            let (termination, peak) = try run.runMeasured(in: root)
            let seconds = GradeCommand.seconds(since: start)
            output("    \(name) upload: run_autograder \(termination == .exited(0) ? "ok" : termination.summary) in " +
                   String(format: "%.1f s", seconds) + ", peak memory \(peak.map { String(format: "%.0f MiB", $0) } ?? "?")")
            let results = root.appendingPathComponent("results/results.json")
            guard let data = try? Data(contentsOf: results),
                  let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let tests = json["tests"] as? [[String: Any]], let score = json["score"] as? Int else {
                problems.append("\(name) upload: no readable results.json (log: \(log.path))")
                continue
            }
            if tests.count != checks { problems.append("\(name) upload: \(tests.count) tests, expected one per check (\(checks))") }
            let keys = ["name", "number", "score", "max_score", "status", "output", "output_format", "tags"]
            if let test = tests.first(where: { entry in keys.contains { entry[$0] == nil } }) {
                problems.append("\(name) upload: a test lacks \(keys.filter { test[$0] == nil })")
            }
            if score != (complete ? total : 0) { problems.append("\(name) upload: score \(score), expected \(complete ? total : 0)") }
            if json["execution_time"] == nil { problems.append("\(name) upload: no execution_time") }
        }
        return problems
    }
}

/// `grade bench` (`make bench-grading`): seconds per submission on a class mixing
/// complete, partial, unstarted, non-compiling, hanging and hostile hand-ins, built from the
/// kit's own Solutions, stubs, mutants and fixtures; and the time of one lesson's regrade.
struct GradingBench {
    let setup: GradingSetup

    func run(output: (String) -> Void, status: (String) -> Void) throws {
        let lessons = setup.manifest.lessons
        let work = setup.work.appendingPathComponent("bench-grading")
        try? FileManager.default.removeItem(at: work)
        let input = work.appendingPathComponent("submissions")
        let solutions = LessonFiles.lessons(in: setup.kit.appendingPathComponent(Implementation.solutions.folder), lessons)
        let (stubs, _) = try PristineStubs.load(kit: setup.kit, lessons: lessons, work: work.appendingPathComponent("stubs"))
        let mutants = Mutant.discover(in: setup.kit, lessons: lessons).mutants
        let fixtures = GraderFixture.discover(in: setup.kit, lessons: lessons).fixtures
        var students: [(String, LessonFiles)] = [("complete", solutions), ("unstarted", stubs)]
        students.append(("partial", LessonFiles(files: solutions.files.filter { Int($0.key.prefix(2)) ?? 0 <= 6 })))
        for (index, mutant) in mutants.prefix(6).enumerated() {
            var files = solutions
            files.files[mutant.lesson.folder]?[mutant.file] = mutant.contents
            students.append(("mutant-\(index + 1)", files))
        }
        for kind in [FixtureKind.compileError, .hang, .crash, .forgedOutput, .forkBomb, .outputBomb] {
            guard let fixture = fixtures.first(where: { $0.kind == kind }) else { continue }
            var files = solutions
            fixture.apply(to: &files)
            students.append((kind.rawValue, files))
        }
        for (name, files) in students {
            for (folder, sources) in files.files {
                let dir = input.appendingPathComponent("\(name)/\(folder)")
                try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
                for (file, data) in sources { try data.write(to: dir.appendingPathComponent(file)) }
            }
        }
        output(setup.policy.summary)
        output("A class of \(students.count) submissions: \(students.map(\.0).joined(separator: ", ")).")
        var perSubmission: [Double] = []
        for run in 1...3 {
            let start = ContinuousClock.now
            try ClassGrading(setup: setup, submissions: input, output: work.appendingPathComponent("out-\(run)"), force: true,
                             jobs: ProcessInfo.processInfo.activeProcessorCount).run(output: { _ in }, status: { _ in })
            let seconds = GradeCommand.seconds(since: start)
            perSubmission.append(seconds / Double(students.count))
            output(String(format: "  run %d: %.1f s for %d submissions, %.2f s per submission", run, seconds, students.count,
                          perSubmission.last!))
        }
        output(String(format: "Class grading: median %.2f s per submission (%d cores).", median(perSubmission),
                      ProcessInfo.processInfo.activeProcessorCount))
        // One lesson's regrade after an edit, as `make grade LESSON=n` does it, without `swift run`'s own start.
        let lesson = lessons.first { $0.folder.hasSuffix("sigmoid") } ?? lessons[0]
        var times: [Double] = []
        for edit in 1...5 {
            var files = LessonFiles(files: [lesson.folder: solutions.files[lesson.folder] ?? [:]])
            for name in files.files[lesson.folder]!.keys {
                files.files[lesson.folder]![name]!.append(contentsOf: Data("\n// edit \(edit)\n".utf8))
            }
            let start = ContinuousClock.now
            _ = try setup.grade(files, lessons: [lesson], work: work.appendingPathComponent("regrade"))
            times.append(GradeCommand.seconds(since: start))
        }
        output(String(format: "Regrade of %@ after an edit (compile its driver, run its checks): median %.2f s of %d.",
                      lesson.folder, median(times), times.count))
    }

    private func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
}
