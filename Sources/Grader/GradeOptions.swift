/// The `grade` command line.
public struct GradeOptions: Equatable, Sendable {
    public enum Mode: Equatable, Sendable {
        case grade
        case watch
        case selfCheck
        /// `--class DIR`: every subfolder is one student.
        case gradeClass
        /// `--autograder`: Gradescope's `run_autograder`, rooted at `autograderRoot`.
        case autograder
        /// `--bench-grading`: seconds per submission on a generated class.
        case benchGrading
        /// `--prepare`: build everything grading needs that no student changes (Gradescope's setup.sh).
        case prepare
        /// `--gradescope-zip FILE`: write the Gradescope autograder zip.
        case gradescopeZip
        case help
    }

    public var mode: Mode = .grade
    public var implementation: Implementation = .exercises
    /// `--lesson`: a number, topic or folder, resolved against the kit's lessons later.
    public var lesson: String?
    /// `--submission DIR`.
    public var submission: String?
    /// `--class DIR`.
    public var classFolder: String?
    /// `--gradescope-zip FILE`.
    public var zipFile: String?
    /// `--force`: regrade every student of a class, changed or not.
    public var force = false
    /// `--jobs N`: students graded at once (default: the number of cores).
    public var jobs: Int?
    /// `--autograder-root DIR` (default `/autograder`, or `AUTOGRADER_ROOT`).
    public var autograderRoot = "/autograder"
    /// Seconds one request to a student's code may take: `--timeout`, else `GRADE_TIMEOUT`, else 5.
    public var timeout: Double = 5
    /// Hidden `--watch-cycles N`: stop watching after N polls, so that scripts can drive it.
    public var watchCycles: Int?
    /// Hidden, for class workers: where to write this student's results instead of `.grade/`.
    public var output: String?
    /// Hidden, for class workers: which block of sandbox uids to use (see `SandboxPolicy.baseUser`).
    public var sandboxSlot = 0
    /// Hidden, for class workers: the checks and the driver runtime are built already.
    public var prebuilt = false

    public static let usage = """
        usage: grade [--impl exercises|solutions] [--lesson N|name] [--submission DIR] [--timeout S]
               grade --watch [--lesson N|name] [--impl exercises|solutions]
               grade --class DIR [--force] [--jobs N] [--timeout S]
               grade --autograder [--autograder-root DIR]
               grade --gradescope-zip FILE
               grade --prepare
               grade --self-check
               grade --bench-grading

          --impl             grade the lessons in Exercises/ (default) or Solutions/
          --lesson           grade one lesson: 2, 02, sigmoid or 02-sigmoid
          --submission       grade a student's hand-in: an Exercises/ folder, a kit checkout,
                             lesson folders or loose lesson files
          --class            grade every subfolder of DIR as one student (the folder name is the
                             student id) into .grade/class/: grades.csv, summary.md, and per
                             student results.json and feedback.md
          --force            with --class, regrade students whose files did not change
          --jobs             with --class, students graded at once (default: the cores)
          --autograder       Gradescope's run_autograder: grade <root>/submission, write
                             <root>/results/results.json (root: /autograder or AUTOGRADER_ROOT)
          --gradescope-zip   write the Gradescope autograder zip (setup.sh, run_autograder, the
                             kit without its Solutions) to FILE
          --prepare          build the checks and the driver runtime, nothing else (setup.sh)
          --timeout          seconds one request to the student's code may take before it counts
                             as hanging (default 5, or GRADE_TIMEOUT)
          --watch            regrade a lesson every time one of its files is saved
          --self-check       verify the grader and the grading suites (what `make test` runs)
          --bench-grading    grade a generated class of Solutions, stubs, mutants and hostile
                             submissions and print the seconds per submission

        Every submission runs in a sandbox of its own; the report says which isolation was in force.
        Grading prints a score table and writes .grade/results.json in Gradescope's format.
        """

    public init() {}

    public init(arguments: [String], environment: [String: String]) throws {
        if let text = environment["GRADE_TIMEOUT"] {
            timeout = try Self.seconds(text, from: "GRADE_TIMEOUT")
        }
        if let root = environment["AUTOGRADER_ROOT"], !root.isEmpty { autograderRoot = root }
        var words = arguments[...]
        func value(_ flag: String) throws -> String {
            guard let next = words.popFirst() else { throw GradeError.usage("\(flag) needs a value") }
            return next
        }
        func whole(_ flag: String) throws -> Int {
            let text = try value(flag)
            guard let number = Int(text), number > 0 else {
                throw GradeError.usage("\(flag) expects a positive whole number, got '\(text)'")
            }
            return number
        }
        func setMode(_ new: Mode, _ flag: String) throws {
            guard mode == .grade || mode == new else { throw GradeError.usage("\(flag) cannot be combined with another mode") }
            mode = new
        }
        while let word = words.popFirst() {
            var flag = word
            if let equals = word.firstIndex(of: "="), word.hasPrefix("--") {
                flag = String(word[..<equals])
                words.insert(String(word[word.index(after: equals)...]), at: words.startIndex)
            }
            switch flag {
            case "--help", "-h": mode = .help
            case "--watch": try setMode(.watch, flag)
            case "--self-check": try setMode(.selfCheck, flag)
            case "--bench-grading": try setMode(.benchGrading, flag)
            case "--prepare": try setMode(.prepare, flag)
            case "--gradescope-zip":
                try setMode(.gradescopeZip, flag)
                zipFile = try value(flag)
            case "--autograder": try setMode(.autograder, flag)
            case "--class":
                try setMode(.gradeClass, flag)
                classFolder = try value(flag)
            case "--impl":
                let name = try value(flag)
                guard let chosen = Implementation(rawValue: name) else {
                    throw GradeError.usage("--impl expects exercises or solutions, got '\(name)'")
                }
                implementation = chosen
            case "--lesson": lesson = try value(flag)
            case "--submission": submission = try value(flag)
            case "--force": force = true
            case "--jobs": jobs = try whole(flag)
            case "--autograder-root": autograderRoot = try value(flag)
            case "--timeout": timeout = try Self.seconds(try value(flag), from: "--timeout")
            case "--watch-cycles": watchCycles = try whole(flag)
            case "--output": output = try value(flag)
            case "--sandbox-slot": sandboxSlot = try whole(flag)
            case "--prebuilt": prebuilt = true
            default:
                if !word.hasPrefix("-") {
                    throw GradeError.usage("unexpected argument '\(word)' (grade takes only options)")
                }
                throw GradeError.usage("unknown option '\(word)'")
            }
        }
        try validate()
    }

    /// Rejects combinations that have no sensible meaning instead of silently ignoring a flag.
    private func validate() throws {
        if submission != nil && implementation == .solutions {
            throw GradeError.usage("--submission grades a student's Exercises/; it cannot be combined with --impl solutions")
        }
        if mode == .watch && submission != nil {
            throw GradeError.usage("--watch watches this kit's own files; it cannot be combined with --submission")
        }
        if [.selfCheck, .gradeClass, .autograder, .benchGrading, .prepare, .gradescopeZip].contains(mode) && (lesson != nil || submission != nil) {
            throw GradeError.usage("this mode grades every lesson of its own submissions; drop --lesson and --submission")
        }
        if watchCycles != nil && mode != .watch {
            throw GradeError.usage("--watch-cycles only applies to --watch")
        }
        if (force || jobs != nil) && mode != .gradeClass {
            throw GradeError.usage("--force and --jobs only apply to --class")
        }
    }

    private static func seconds(_ text: String, from source: String) throws -> Double {
        guard let seconds = Double(text), seconds > 0, seconds.isFinite else {
            throw GradeError.usage("\(source) expects a positive number of seconds, got '\(text)'")
        }
        return seconds
    }
}
