import CommandKit

/// The `grade` command line: its commands and options are declared once, in `commands`, and
/// both the parsing and the help come from those declarations (CommandKit). Usage errors exit
/// with status 2 and suggest the nearest command or option.
public struct GradeOptions: Equatable, Sendable {
    public enum Mode: String, Equatable, Sendable {
        /// `grade lessons`: this kit's lessons, or a submission's.
        case grade = "lessons"
        case watch
        /// `grade class DIR`: every subfolder is one student.
        case gradeClass = "class"
        /// `grade autograder`: Gradescope's `run_autograder`, rooted at `autograderRoot`.
        case autograder
        /// `grade gradescope FILE`: write the Gradescope autograder zip.
        case gradescopeZip = "gradescope"
        /// `grade prepare`: build everything grading needs that no student changes (setup.sh).
        case prepare
        case selfCheck = "self-check"
        /// `grade bench`: seconds per submission on a generated class.
        case benchGrading = "bench"
        /// `grade translations [--stamp FILE …]`: the Chinese editions' states, or stamp some.
        case translations
        case help
    }

    public var mode: Mode = .grade
    public var implementation: Implementation = .exercises
    /// `--lesson`: a number, topic or folder, resolved against the kit's lessons later.
    public var lesson: String?
    /// `--submission DIR`.
    public var submission: String?
    /// `grade class DIR`.
    public var classFolder: String?
    /// `grade gradescope FILE`.
    public var zipFile: String?
    /// `--force`: regrade every student of a class, changed or not.
    public var force = false
    /// `--jobs N`: students graded at once (default: the number of cores).
    public var jobs: Int?
    /// `--root DIR` of `grade autograder` (default `/autograder`, or `AUTOGRADER_ROOT`).
    public var autograderRoot = "/autograder"
    /// Seconds one request to a student's code may take: `--timeout`, else `GRADE_TIMEOUT`, else 5.
    public var timeout: Double = 5
    /// `--watch-cycles N`: stop watching after N polls, so that scripts can drive it.
    public var watchCycles: Int?
    /// For class workers: where to write this student's results instead of `.grade/`.
    public var output: String?
    /// For class workers: which block of sandbox uids to use (see `SandboxPolicy.baseUser`).
    public var sandboxSlot = 0
    /// For class workers: the checks and the driver runtime are built already.
    public var prebuilt = false
    /// `grade translations --stamp FILE …`: the translations whose headers to bring up to date.
    public var stamp: [String] = []
    /// What `--help`, `-h`, `help [command]` or no command at all print.
    public var helpText = ""
    /// The language of everything a student reads: `--lang`, else `GRADE_LANG`, else the
    /// locale, else English (`Language.resolve`).
    public var language: Language = .english

    static let timeoutOption = Option.value("timeout", "S", help: "seconds one request to the student's code may take before it counts as hanging (default 5, or GRADE_TIMEOUT)")
    static let languageOption = Option.value("lang", "en|zh-Hant|zh-Hans", help: "the language of the report, hints, feedback.md and results.json: en, zh-Hant (Traditional, Taiwan) or zh-Hans (Simplified); a locale such as zh_TW.UTF-8 works too (default GRADE_LANG, else the locale in LC_ALL, LC_MESSAGES or LANG, else en)")

    /// Every command of `grade`.
    public static let commands: [CommandSpec] = [
        CommandSpec(name: "lessons", summary: "grade this kit's lessons, or a student's submission", options: [
            .value("impl", "exercises|solutions", default: "exercises", help: "grade the lessons in Exercises/ or Solutions/"),
            .value("lesson", "N", help: "grade one lesson: 2, 02, sigmoid or 02-sigmoid"),
            .value("submission", "DIR", help: "grade a student's hand-in: an Exercises/ folder, a kit checkout, lesson folders or loose lesson files"),
            timeoutOption,
            languageOption,
            .value("output", "DIR", help: "write results.json, feedback.md and summary.json into DIR instead of .grade/ (class workers)"),
            .value("sandbox-slot", "N", help: "the block of sandbox uids to use, 0–4 (class workers)"),
            .flag("prebuilt", help: "the checks and the driver runtime are built already (class workers)"),
        ], discussion: "Prints a score table and writes .grade/results.json in Gradescope's format. Every submission runs in a sandbox of its own; the report says which isolation was in force."),
        CommandSpec(name: "watch", summary: "regrade a lesson every time one of its files is saved", options: [
            .value("impl", "exercises|solutions", default: "exercises", help: "watch Exercises/ or Solutions/"),
            .value("lesson", "N", help: "keep the focus on one lesson"),
            timeoutOption,
            languageOption,
            .value("watch-cycles", "N", help: "stop after N polls (for scripts)"),
        ]),
        CommandSpec(name: "class", summary: "grade every subfolder of DIR as one student into .grade/class/",
                    arguments: [Argument("DIR", help: "one subfolder per student; the folder name is the student id")],
                    options: [
                        .flag("force", help: "regrade students whose files did not change"),
                        .value("jobs", "N", help: "students graded at once (default: the number of cores)"),
                        timeoutOption,
                        languageOption,
                    ], discussion: "Writes grades.csv, summary.md, and per student results.json and feedback.md (grades.csv stays in English: programs read it)."),
        CommandSpec(name: "autograder", summary: "Gradescope's run_autograder: grade <root>/submission into <root>/results/results.json",
                    options: [.value("root", "DIR", help: "the autograder tree (default /autograder, or AUTOGRADER_ROOT)"), timeoutOption,
                              languageOption],
                    discussion: "autograder.conf's GRADE_LANG chooses the language students read on Gradescope."),
        CommandSpec(name: "gradescope", summary: "write the Gradescope autograder zip",
                    arguments: [Argument("FILE", help: "where to write the zip")]),
        CommandSpec(name: "prepare", summary: "build the checks and the driver runtime, nothing else (Gradescope's setup.sh)"),
        CommandSpec(name: "self-check", summary: "verify the grader and the grading suites (what make test runs)"),
        CommandSpec(name: "bench", summary: "grade a generated class of Solutions, stubs, mutants and hostile submissions; print seconds per submission"),
        CommandSpec(name: "translations", summary: "check the translated pages: current, stale, missing, headers, language bars, links (make test runs it)",
                    arguments: [Argument("TRANSLATION", help: "with --stamp: a translation whose header to update", repeating: true)],
                    options: [.flag("stamp", help: "record in each TRANSLATION's header the sha256 its English page has now; only after you updated the text")],
                    usage: ["--stamp <TRANSLATION> …"],
                    discussion: """
                        Lists every translation (README.zh-Hant.md and README.zh-Hans.md beside the root README.md
                        and each README.md of Exercises/ and Solutions/) as current, STALE (its English page changed
                        since: the report says how to see what changed), MISSING, MALFORMED (line 1 is not
                        <!-- translation-of: README.md sha256: <64 hex digits> -->) or NO SOURCE, and checks every
                        page's language bar, the translations' relative links and anchors, and the pointer to the
                        README on the first line of each lesson's Swift files. Exits with status 1 unless all holds.

                        --stamp rewrites only the digest in line 1. Run it after you brought the text up to date
                        with the English page, never to silence a stale report.
                        """),
    ]

    /// The program's own help: its commands.
    public static var usage: String {
        let width = (commands.map(\.name.count).max() ?? 0) + 2
        return (["usage: grade <command> [options]", "", "commands:"]
            + commands.map { "  " + $0.name.padding(toLength: width, withPad: " ", startingAt: 0) + $0.summary }
            + ["", "'grade help <command>' or 'grade <command> --help' shows a command's options."])
            .joined(separator: "\n")
    }

    public init() {}

    public init(arguments: [String], environment: [String: String]) throws(CommandError) {
        if let text = environment["GRADE_TIMEOUT"] {
            guard let seconds = ValueKind.positiveNumber.parse(text) else {
                throw .usage("GRADE_TIMEOUT expects a positive number of seconds, got '\(text)'")
            }
            timeout = seconds
        }
        if let root = environment["AUTOGRADER_ROOT"], !root.isEmpty { autograderRoot = root }
        guard let first = arguments.first else {
            mode = .help
            helpText = Self.usage
            return
        }
        if ["help", "--help", "-h"].contains(first) {
            mode = .help
            guard arguments.count > 1 else { helpText = Self.usage; return }
            guard arguments.count == 2, let spec = Self.spec(arguments[1]) else {
                throw Self.unknown(arguments.dropFirst().joined(separator: " "))
            }
            helpText = spec.help(program: "grade")
            return
        }
        guard let spec = Self.spec(first), let chosen = Mode(rawValue: first) else { throw Self.unknown(first) }
        let parsed: ParsedArguments
        do {
            parsed = try spec.parse(Array(arguments.dropFirst()))
        } catch .help(let spec) {
            mode = .help
            helpText = spec.help(program: "grade")
            return
        }
        mode = chosen
        func has(_ name: String) -> Bool { spec.options.contains { $0.name == name } }
        if has("impl") { implementation = try parsed.value("impl", .choice(Implementation.self)) ?? .exercises }
        if has("lesson") { lesson = parsed.string("lesson") }
        if has("submission") { submission = parsed.string("submission") }
        if has("timeout"), let seconds = try parsed.value("timeout", .positiveNumber) { timeout = seconds }
        if has("output") { output = parsed.string("output") }
        if has("sandbox-slot") { sandboxSlot = try parsed.value("sandbox-slot", .integer(atLeast: 0)) ?? 0 }
        if has("prebuilt") { prebuilt = parsed.flag("prebuilt") }
        if has("watch-cycles") { watchCycles = try parsed.value("watch-cycles", .positiveInteger) }
        if has("force") { force = parsed.flag("force") }
        if has("jobs") { jobs = try parsed.value("jobs", .positiveInteger) }
        if has("root"), let root = parsed.string("root") { autograderRoot = root }
        if has("lang") { language = try Language.resolve(flag: try parsed.value("lang", .language), environment: environment) }
        if spec.arguments.contains(where: { $0.name == "DIR" }) { classFolder = parsed.argument("DIR") }
        if spec.arguments.contains(where: { $0.name == "FILE" }) { zipFile = parsed.argument("FILE") }
        if has("stamp") {
            stamp = parsed.arguments("TRANSLATION")
            if parsed.flag("stamp") && stamp.isEmpty {
                throw .usage("--stamp needs the translations to stamp", command: first)
            }
            if !parsed.flag("stamp") && !stamp.isEmpty {
                throw .usage("unexpected argument '\(stamp[0])' (translations to stamp follow --stamp)", command: first)
            }
        }
        if submission != nil && implementation == .solutions {
            throw .usage("--submission grades a student's hand-in; it cannot be combined with --impl solutions", command: first)
        }
    }

    private static func spec(_ name: String) -> CommandSpec? { commands.first { $0.name == name } }

    private static func unknown(_ word: String) -> CommandError {
        let hint = Suggestion.closest(to: word, among: commands.map(\.name)).map { "; did you mean '\($0)'?" } ?? ""
        return .usage("unknown command '\(word)'\(hint) (commands: \(commands.map(\.name).joined(separator: ", ")))")
    }
}
