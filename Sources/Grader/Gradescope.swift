import CommandKit
import Foundation
import GradingProtocol

/// Gradescope: the autograder zip (`make gradescope`) and its `run_autograder`.
///
/// Gradescope unpacks the zip into `/autograder/source` on its Ubuntu 22.04 base image, runs
/// `setup.sh` once to build the image, then for each upload runs `run_autograder` (as root, in
/// `/autograder`), which must leave `/autograder/results/results.json`. Here `setup.sh`
/// installs the toolchain (unless `swift` is there) and bubblewrap, and builds everything that
/// does not depend on a student; `run_autograder` calls `grade autograder`.
enum Gradescope {
    /// What the zip leaves out: the references (students must not get them back through the
    /// autograder), the grader's own tests and reports, and what a grading run never reads.
    static let excluded = ["Solutions/", "Tests/Mutants/", "Tests/GraderFixtures/", "docs/", "Data/", ".ci/", "scripts/",
                           ".gitignore"]

    /// The kit's files to ship, relative to the kit: git's list when it is a checkout (so
    /// nothing untracked leaks in), else every file but build products.
    static func files(kit: URL) throws -> [String] {
        var listed: [String] = []
        let list = kit.appendingPathComponent(".grade/gradescope-files.txt")
        try FileManager.default.createDirectory(at: list.deletingLastPathComponent(), withIntermediateDirectories: true)
        if try Subprocess("git", ["-C", kit.path, "ls-files", "-z"], output: list, timeout: 60).run() == .exited(0) {
            listed = String(decoding: try Data(contentsOf: list), as: UTF8.self).split(separator: "\0").map(String.init)
        } else {
            listed = try KitFingerprint.of(kit).keys.sorted()
        }
        return listed.filter { path in !excluded.contains { path.hasPrefix($0) } }.sorted()
    }

    /// Writes the zip: the kit's files, `setup.sh`, `run_autograder` and `autograder.conf`.
    static func package(kit: URL, to zip: URL, swiftVersion: String) throws -> Int {
        var entries: [ZipArchive.Entry] = try files(kit: kit).map { path in
            let url = kit.appendingPathComponent(path)
            let mode = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.posixPermissions] as? Int ?? 0o644
            return ZipArchive.Entry(path: path, data: try Data(contentsOf: url), mode: UInt16(mode & 0o7777))
        }
        entries.append(ZipArchive.Entry(path: "setup.sh", data: Data(setupScript(swiftVersion: swiftVersion).utf8), mode: 0o755))
        entries.append(ZipArchive.Entry(path: "run_autograder", data: Data(runScript.utf8), mode: 0o755))
        entries.append(ZipArchive.Entry(path: "autograder.conf", data: Data(configuration.utf8), mode: 0o644))
        try FileManager.default.createDirectory(at: zip.deletingLastPathComponent(), withIntermediateDirectories: true)
        try AtomicFile.write(ZipArchive.write(entries), to: zip)
        return entries.count
    }

    /// The settings an instructor may change before uploading the zip.
    static let configuration = """
        # Grading settings, read by run_autograder. Change them here, then zip again or edit before upload.
        #
        # The seed of the random-point checks: a number of the course's own, so that students
        # cannot tune their code to the kit's default points (2026).
        GRADE_SEED=2026
        # Visibility of the random-point checks: visible, hidden, after_due_date or after_published.
        GRADE_RANDOM_VISIBILITY=visible
        # Seconds one request to a student's code may take before it counts as hanging.
        GRADE_TIMEOUT=5
        # The language students read their results in: en, zh-Hant (Traditional Chinese, Taiwan
        # usage) or zh-Hans (Simplified Chinese). Hints point to the lesson pages of that language.
        GRADE_LANG=en

        """

    static func setupScript(swiftVersion: String) -> String {
        """
        #!/usr/bin/env bash
        # Gradescope runs this once, as root, on its Ubuntu 22.04 base image (and the kit's own
        # test runs it in a simulated /autograder). It installs what grading needs and builds
        # everything that does not depend on a student, so that grading an upload only
        # compiles the student's own files.
        set -euo pipefail
        cd "$(dirname "$0")"
        export DEBIAN_FRONTEND=noninteractive

        # bubblewrap, the sandbox each submission runs in; and when the toolchain must be
        # installed, Swift's own run-time dependencies on Ubuntu 22.04. Installed only when
        # something is missing.
        packages="bubblewrap"
        if ! command -v swift >/dev/null 2>&1; then
            packages="$packages binutils ca-certificates curl git gnupg2 libc6-dev libcurl4-openssl-dev libedit2 \\
              libgcc-11-dev libpython3-dev libsqlite3-0 libstdc++-11-dev libxml2-dev libz3-dev pkg-config tzdata unzip zlib1g-dev"
        fi
        missing=""
        for package in $packages; do
            dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
        done
        if [ -n "$missing" ]; then
            apt-get update -qq
            apt-get install -y -qq --no-install-recommends $missing
        fi

        # The toolchain the kit was packaged with, from swift.org, unless swift is already there.
        if ! command -v swift >/dev/null 2>&1; then
            version=\(swiftVersion)
            url="https://download.swift.org/swift-$version-release/ubuntu2204/swift-$version-RELEASE/swift-$version-RELEASE-ubuntu22.04.tar.gz"
            curl -fsSL "$url" -o /tmp/swift.tar.gz
            mkdir -p /opt/swift
            tar -xzf /tmp/swift.tar.gz -C /opt/swift --strip-components=1
            rm /tmp/swift.tar.gz
            ln -sf /opt/swift/usr/bin/* /usr/local/bin/
        fi

        swift build -c release --scratch-path .build/grader --product grade
        .build/grader/release/grade prepare

        """
    }

    static let runScript = """
        #!/usr/bin/env bash
        # Gradescope runs this for every upload (as /autograder/run_autograder, as root). It
        # always leaves /autograder/results/results.json; AUTOGRADER_ROOT moves the whole tree
        # (the kit's own test grades in a simulated one).
        root="${AUTOGRADER_ROOT:-/autograder}"
        cd "$root/source" || exit 1
        set -a
        . ./autograder.conf
        set +a
        exec .build/grader/release/grade autograder --root "$root"

        """
}

/// `grade autograder`: grades `<root>/submission` and writes `<root>/results/results.json`,
/// whatever happens (a grader failure becomes a result with the reason, worth 0).
struct Autograder {
    let root: URL
    let kit: URL
    let options: GradeOptions
    let output: (String) -> Void
    let status: (String) -> Void

    var language: Language { options.language }

    func run() throws -> Int32 {
        let start = ContinuousClock.now
        let results = root.appendingPathComponent("results/results.json")
        try FileManager.default.createDirectory(at: results.deletingLastPathComponent(), withIntermediateDirectories: true)
        do {
            let submission = root.appendingPathComponent("submission")
            var hidden = [submission.path, root.appendingPathComponent("results").path]
            hidden.append(root.path)
            let setup = try GradingSetup.prepare(kit: kit, options: options, extraHidden: hidden, status: status)
            defer { setup.cleanUp() }
            let lessons = setup.manifest.lessons
            let files = (try? LessonFiles.submission(at: submission, lessons: lessons,
                                                     stubNames: LessonFiles.stubNames(kit: kit, lessons: lessons)))
                ?? LessonFiles(files: [:], notes: [.nothingFound])
            let graded = try setup.grade(files, lessons: lessons, work: setup.work.appendingPathComponent("autograder"))
            let renderer = ReportRenderer(style: TextStyle(colour: false), root: kit.path, language: language)
            let notes = files.notes.map { "\n\n" + language.phrases.noteLabel + language.phrases.note($0) }.joined()
            let json = try GradescopeResults(results: graded, executionTime: GradeCommand.seconds(since: start), root: kit.path,
                                             isolation: setup.policy.summary(in: language) + notes,
                                             randomVisibility: ProcessInfo.processInfo.environment["GRADE_RANDOM_VISIBILITY"],
                                             language: language).json()
            try AtomicFile.write(json, to: results)
            output(renderer.report(graded))
        } catch {
            let failure: [String: Any] = ["score": 0, "execution_time": Int(GradeCommand.seconds(since: start).rounded(.up)),
                                          "output": language.phrases.autograderFailed("\(error)"), "tests": []]
            try AtomicFile.write(try JSONSerialization.data(withJSONObject: failure, options: [.sortedKeys]), to: results)
            status("grade: \(error)")
        }
        return 0
    }
}

/// A zip archive of stored (uncompressed) entries: all Gradescope needs, and small enough to
/// read in one sitting. Reading accepts only what `write` produces.
enum ZipArchive {
    struct Entry: Equatable {
        let path: String
        let data: Data
        /// Unix permissions (so that `run_autograder` stays executable).
        let mode: UInt16
    }

    static func write(_ entries: [Entry]) -> Data {
        var out = Data()
        var central = Data()
        for entry in entries {
            let name = Data(entry.path.utf8)
            let crc = CRC32.of(entry.data)
            let offset = UInt32(out.count)
            out.append(le32(0x0403_4b50))
            out.append(le16(20)); out.append(le16(0x0800)); out.append(le16(0)) // version, UTF-8 names, stored
            out.append(le16(0)); out.append(le16(0x21)) // time, date (1980-01-01): reproducible
            out.append(le32(crc)); out.append(le32(UInt32(entry.data.count))); out.append(le32(UInt32(entry.data.count)))
            out.append(le16(UInt16(name.count))); out.append(le16(0))
            out.append(name)
            out.append(entry.data)
            central.append(le32(0x0201_4b50))
            central.append(le16(0x0314)); central.append(le16(20)) // made by Unix, version needed
            central.append(le16(0x0800)); central.append(le16(0))
            central.append(le16(0)); central.append(le16(0x21))
            central.append(le32(crc)); central.append(le32(UInt32(entry.data.count))); central.append(le32(UInt32(entry.data.count)))
            central.append(le16(UInt16(name.count))); central.append(le16(0)); central.append(le16(0))
            central.append(le16(0)); central.append(le16(0))
            central.append(le32(UInt32(0o100000 | UInt32(entry.mode)) << 16))
            central.append(le32(offset))
            central.append(name)
        }
        let start = UInt32(out.count)
        out.append(central)
        out.append(le32(0x0605_4b50))
        out.append(le16(0)); out.append(le16(0))
        out.append(le16(UInt16(entries.count))); out.append(le16(UInt16(entries.count)))
        out.append(le32(UInt32(central.count))); out.append(le32(start)); out.append(le16(0))
        return out
    }

    /// The entries of a zip that `write` made.
    static func read(_ data: Data) throws -> [Entry] {
        let bytes = [UInt8](data)
        func u16(_ i: Int) -> Int { Int(bytes[i]) | Int(bytes[i + 1]) << 8 }
        func u32(_ i: Int) -> Int { u16(i) | u16(i + 2) << 16 }
        guard bytes.count >= 22, u32(bytes.count - 22) == 0x0605_4b50 else { throw CommandError.failed("not a zip written by the kit") }
        let count = u16(bytes.count - 12)
        var at = u32(bytes.count - 6)
        var entries: [Entry] = []
        for _ in 0..<count {
            guard at + 46 <= bytes.count, u32(at) == 0x0201_4b50 else { throw CommandError.failed("damaged zip directory") }
            let size = u32(at + 20), nameLength = u16(at + 28), extra = u16(at + 30), comment = u16(at + 32)
            let mode = UInt16((u32(at + 38) >> 16) & 0o7777), offset = u32(at + 42)
            let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            let dataStart = offset + 30 + u16(offset + 26) + u16(offset + 28)
            guard dataStart + size <= bytes.count else { throw CommandError.failed("damaged zip entry \(name)") }
            entries.append(Entry(path: name, data: Data(bytes[dataStart..<(dataStart + size)]), mode: mode))
            at += 46 + nameLength + extra + comment
        }
        return entries
    }

    /// Unpacks into `folder`, refusing paths that would leave it.
    static func unpack(_ data: Data, into folder: URL) throws {
        for entry in try read(data) {
            guard !entry.path.hasPrefix("/"), !entry.path.split(separator: "/").contains("..") else {
                throw CommandError.failed("zip entry \(entry.path) points outside the folder")
            }
            let url = folder.appendingPathComponent(entry.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try entry.data.write(to: url)
            try FileManager.default.setAttributes([.posixPermissions: Int(entry.mode)], ofItemAtPath: url.path)
        }
    }

    private static func le16(_ value: UInt16) -> Data { Data([UInt8(value & 0xFF), UInt8(value >> 8)]) }
    private static func le32(_ value: UInt32) -> Data {
        Data([UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)])
    }
}

/// CRC-32 (IEEE 802.3), as zip requires.
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func of(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}

/// A grading run in Gradescope's `results.json` format
/// (https://gradescope-autograders.readthedocs.io/en/latest/specs/): one test per check, named
/// and numbered `lesson.check` ("2.3"), tagged with its lesson folder, its output in Markdown
/// (what was asked, what came back, what was expected, the hint). `make grade`, class grading
/// and `run_autograder` all write this format.
public struct GradescopeResults: Encodable, Equatable, Sendable {
    public let score: Int
    /// Not in Gradescope's schema (it sums the tests itself) but handy for other consumers.
    public let maxScore: Int
    /// Seconds the whole run took.
    public let executionTime: Int
    /// The score table and the isolation in force, shown above the tests.
    public let output: String
    public let outputFormat = "md"
    public let visibility = "visible"
    public let tests: [Test]

    /// One check.
    public struct Test: Encodable, Equatable, Sendable {
        public let name: String
        public let number: String
        public let score: Int
        public let maxScore: Int
        public let status: String
        public let output: String
        public let outputFormat = "md"
        public let tags: [String]
        public let visibility: String

        enum CodingKeys: String, CodingKey {
            case name, number, score, status, output, tags, visibility
            case maxScore = "max_score"
            case outputFormat = "output_format"
        }
    }

    enum CodingKeys: String, CodingKey {
        case score, output, visibility, tests
        case maxScore = "max_score"
        case executionTime = "execution_time"
        case outputFormat = "output_format"
    }

    /// `randomVisibility` is the visibility of the checks on `GRADE_SEED` points (those whose
    /// name says "random"), e.g. `after_due_date` so that students cannot tune to them; nil
    /// shows them like the rest. What a student reads (the score table, each check's output) is
    /// in `language`; the names, numbers, statuses and tags Gradescope reads stay as they are.
    public init(results: [LessonResult], executionTime: Double, root: String, isolation: String,
                randomVisibility: String? = nil, language: Language = .english) {
        let renderer = ReportRenderer(style: TextStyle(colour: false), root: root, language: language)
        score = results.reduce(0) { $0 + $1.score }
        maxScore = results.reduce(0) { $0 + $1.maxScore }
        self.executionTime = Int(executionTime.rounded(.up))
        output = "```\n" + renderer.table(results) + "\n" + renderer.total(results) + "\n```\n\n" + isolation
        tests = results.flatMap { result in
            result.checks.enumerated().map { index, check in
                Test(name: "\(result.lesson.folder): \(check.check.name)",
                     number: "\(Int(result.lesson.number) ?? 0).\(index + 1)",
                     score: check.score, maxScore: check.maxScore,
                     status: check.outcome == .passed ? "passed" : "failed",
                     output: Self.output(check, in: result, renderer: renderer),
                     tags: [result.lesson.folder],
                     visibility: check.check.name.lowercased().contains("random") ? randomVisibility ?? "visible" : "visible")
            }
        }
    }

    /// What a student reads under one check.
    static func output(_ check: CheckResult, in result: LessonResult, renderer: ReportRenderer) -> String {
        let phrases = renderer.phrases
        switch check.outcome {
        case .passed:
            return phrases.checkPassed
        case .failed(let failures):
            return failures.prefix(3).map { failure in
                "- `" + phrases.message(failure.message).replacingOccurrences(of: "`", with: "'") + "`"
                    + (failure.hint.map { "\n  - " + phrases.hintLabel + renderer.language.hint($0) } ?? "")
            }.joined(separator: "\n") + (failures.count > 3 ? "\n- " + phrases.moreFailures(failures.count - 3) : "")
        case .interrupted, .notRun:
            switch result.status {
            case .notStarted: return phrases.status(.notStarted)
            case .doesNotCompile(let error):
                return phrases.lessonDoesNotCompile("`\(error.summary(relativeTo: renderer.root))`")
            default: return phrases.notRun(phrases.status(result.status))
            }
        }
    }

    /// Pretty-printed JSON, keys sorted so that two runs diff cleanly.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
