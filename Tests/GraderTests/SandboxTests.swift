import CommandKit
import Foundation
@testable import Grader
import GradingProtocol
import Testing

@Suite struct SandboxTests {
    /// The `grade` executable built beside this test binary: the launcher under test.
    static var launcher: String? {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [folder.appendingPathComponent("grade"), folder.deletingLastPathComponent().appendingPathComponent("grade")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }?.path
    }

    @Test func theLauncherCommandCarriesThePolicy() {
        let policy = SandboxPolicy(user: (65401, 65401), bubblewrap: "/usr/bin/bwrap", hidden: ["/kit"])
        let words = policy.command(launcher: "/g", home: URL(fileURLWithPath: "/h"), program: "/h/driver")
        #expect(words.prefix(4) == ["/g", "sandbox-exec", "--home", "/h"])
        #expect(words.suffix(2) == ["--", "/h/driver"])
        for pair in [["--uid", "65401"], ["--bwrap", "/usr/bin/bwrap"], ["--hide", "/kit"], ["--processes", "32"]] {
            #expect(words.indices.contains { words[$0...].starts(with: pair) }, "missing \(pair)")
        }
        #expect(policy.summary.contains("bubblewrap"))
        #expect(SandboxPolicy(user: nil, bubblewrap: nil, hidden: []).summary.contains("NONE"))
    }

    @Test func eachLessonAndEachClassSlotHasItsOwnUser() {
        let base = SandboxPolicy(user: SandboxPolicy.baseUser(slot: 0), bubblewrap: nil, hidden: [])
        #expect(base.forLesson(2).user?.uid == 65402)
        #expect(base.forLesson(11).user?.uid == 65411)
        #expect(SandboxPolicy.baseUser(slot: 1).uid == 65420)
        #expect(SandboxPolicy(user: nil, bubblewrap: nil, hidden: []).forLesson(3).user == nil)
    }

    @Test func hiddenPathsInsideOthersAreCoveredOnce() throws {
        let folder = try TemporaryFolder()
        try folder.write("x", to: "kit/.grade/file")
        let kit = folder.url.appendingPathComponent("kit").path
        #expect(SandboxLauncher.covering([kit, kit + "/.grade", kit + "/", "/nonexistent/x"]) == [kit])
    }

    /// The real launcher, without bubblewrap: limits set, environment emptied, working folder
    /// the sandbox home.
    @Test func theLauncherAppliesLimitsAndEmptiesTheEnvironment() throws {
        let launcher = try #require(Self.launcher, "the grade executable is built with the tests")
        let folder = try TemporaryFolder()
        let home = folder.url.appendingPathComponent("home")
        let policy = SandboxPolicy(user: nil, bubblewrap: nil, hidden: [])
        try SandboxHome.prepare(home, for: policy)
        // A descriptor the parent left open (not close-on-exec) must not reach the program.
        let secret = try folder.write("secret", to: "secret.txt")
        let leaked = open(secret.path, O_RDONLY)
        defer { close(leaked) }
        let script = try folder.write(
            "#!/bin/sh\nulimit -t; ulimit -f; pwd; env | sort\n[ -e /proc/$$/fd/\(leaked) ] && echo LEAKED; exit 0\n",
            to: "home/probe.sh")
        chmod(script.path, 0o755)
        let child = try ChildProcess(policy.command(launcher: launcher, home: home, program: script.path),
                                     environment: ["SECRET=leak"])
        close(child.input)
        var text = ""
        while let bytes = try? child.read(1, before: ChildProcess.now() + 10) { text += String(decoding: bytes, as: UTF8.self) }
        #expect(child.waitForExit() == .exited(0))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == "60")
        #expect(lines.dropFirst().first == String((64 << 20) >> 9), "ulimit -f counts 512-byte blocks")
        #expect(lines.contains(home.path))
        #expect(!text.contains("SECRET"))
        #expect(lines.contains("SWIFT_BACKTRACE=enable=no"))
        #expect(!lines.contains("LEAKED"))
    }

    /// The sweep finds processes by their parents in /proc, however deep (the grader then kills
    /// them all; here only this test's own, so as not to touch the tests running beside it).
    @Test func descendantsAreFoundThroughEveryGeneration() throws {
        let child = try ChildProcess(["/bin/sh", "-c", "/bin/sh -c '/bin/sleep 30 & wait' & /bin/sleep 30 & wait"], environment: [])
        usleep(300_000)
        #if os(Linux)
        #expect(ProcessSweeper.descendants(of: child.pid).count == 3)
        #endif
        child.kill()
    }
}

@Suite struct LessonFilesTests {
    static let lessons = [Samples.sigmoid, Samples.tanh]
    static let stubNames: [String: Set<String>] = ["02-sigmoid": ["Sigmoid.swift"], "03-tanh": ["Tanh.swift"]]

    @Test func aKitCheckoutIsReadFromItsExercisesFolderAndAnAbsentLessonStaysAbsent() throws {
        let folder = try TemporaryFolder()
        try folder.write("// sigmoid", to: "kit/Exercises/02-sigmoid/Sigmoid.swift")
        try folder.write("// notes", to: "kit/Exercises/02-sigmoid/README.md")
        try folder.write("// edited suite", to: "kit/Tests/Grading/02-sigmoid/SigmoidTests.swift")
        let files = try LessonFiles.submission(at: folder.url, lessons: Self.lessons, stubNames: Self.stubNames)
        #expect(files.files == ["02-sigmoid": ["Sigmoid.swift": Data("// sigmoid".utf8)]])
    }

    @Test func looseFilesAreMatchedToLessonsByName() throws {
        let folder = try TemporaryFolder()
        try folder.write("// t", to: "upload/Tanh.swift")
        try folder.write("// helper", to: "upload/Helper.swift")
        let files = try LessonFiles.submission(at: folder.url, lessons: Self.lessons, stubNames: Self.stubNames)
        #expect(files.files == ["03-tanh": ["Tanh.swift": Data("// t".utf8)]])
        #expect(files.notes.map(\.description) == ["ignored Helper.swift: no lesson has a file of that name"])
    }

    @Test func linksAreNotFollowed() throws {
        let folder = try TemporaryFolder()
        let secret = try folder.write("secret", to: "grader-only/answers.swift")
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("hand-in/02-sigmoid"),
                                                withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("hand-in/02-sigmoid/Sigmoid.swift").path,
                                                   withDestinationPath: secret.path)
        try folder.write("// real", to: "hand-in/03-tanh/Tanh.swift")
        let files = try LessonFiles.submission(at: folder.url.appendingPathComponent("hand-in"), lessons: Self.lessons,
                                               stubNames: Self.stubNames)
        #expect(files.files["02-sigmoid"] == nil)
        #expect(files.files["03-tanh"] != nil)
    }

    @Test func nothingToGradeIsAClearError() throws {
        let folder = try TemporaryFolder()
        try folder.write("hello", to: "notes.txt")
        #expect(throws: CommandError.self) {
            try LessonFiles.submission(at: folder.url, lessons: Self.lessons, stubNames: Self.stubNames)
        }
        #expect(throws: CommandError.self) {
            try LessonFiles.submission(at: URL(fileURLWithPath: "/nonexistent/x"), lessons: Self.lessons, stubNames: Self.stubNames)
        }
    }
}

@Suite struct ClassReportTests {
    @Test func theStatusColumnNamesEveryUnfinishedLesson() throws {
        let results = [
            LessonResult(lesson: Samples.warmUp, status: .passed, checks: [Samples.check("a [1 pt]", .passed)]),
            LessonResult(lesson: Samples.sigmoid, status: .timedOut(seconds: 5, check: nil), checks: [Samples.check("b [2 pts]", .failed([]))]),
            LessonResult(lesson: Samples.tanh, status: .notStarted, checks: [Samples.check("c [3 pts]", .notRun)]),
        ]
        let summary = StudentSummary(results: results, gradedAt: Date(timeIntervalSince1970: 0))
        #expect(summary.statusWords == "timed-out:02 not-started:03")
        #expect((summary.score, summary.maxScore) == (1, 6))
        let csv = ClassReport.csv([ClassGrading.Student(id: "a,b", folder: URL(fileURLWithPath: "/x"), summary: summary)],
                                  lessons: [Samples.warmUp, Samples.sigmoid, Samples.tanh])
        #expect(csv == "student,score,max_score,01-warm-up,02-sigmoid,03-tanh,status,graded_at\n"
                + "\"a,b\",1,6,1,0,0,timed-out:02 not-started:03,1970-01-01T00:00:00Z\n")
        let markdown = ClassReport.summary([ClassGrading.Student(id: "s", folder: URL(fileURLWithPath: "/x"), summary: summary)],
                                           lessons: [Samples.warmUp, Samples.sigmoid])
        #expect(markdown.contains("| 02-sigmoid | 0.0 / 2 | 0 of 1 |"))
        #expect(markdown.contains("02-sigmoid: “b [2 pts]”: 1 of 1 students"))
    }

    @Test func aZipReadsBackWhatWasWritten() throws {
        let entries = [ZipArchive.Entry(path: "run_autograder", data: Data("#!/bin/sh\n".utf8), mode: 0o755),
                       ZipArchive.Entry(path: "Sources/A/a.swift", data: Data(repeating: 7, count: 1000), mode: 0o644)]
        #expect(try ZipArchive.read(ZipArchive.write(entries)) == entries)
        #expect(CRC32.of(Data("123456789".utf8)) == 0xCBF4_3926)
        let folder = try TemporaryFolder()
        try ZipArchive.unpack(ZipArchive.write(entries), into: folder.url)
        #expect(FileManager.default.isExecutableFile(atPath: folder.url.appendingPathComponent("run_autograder").path))
        let evil = ZipArchive.write([ZipArchive.Entry(path: "../escape", data: Data(), mode: 0o644)])
        #expect(throws: CommandError.self) { try ZipArchive.unpack(evil, into: folder.url) }
    }
}
