/// The `grade` command line.
public struct GradeOptions: Equatable, Sendable {
    public enum Mode: Equatable, Sendable {
        case grade
        case watch
        case selfCheck
        case help
    }

    public var mode: Mode = .grade
    public var implementation: Implementation = .exercises
    /// `--lesson`: a number, topic or folder, resolved against the kit's lessons later.
    public var lesson: String?
    /// `--submission DIR`.
    public var submission: String?
    /// Seconds one lesson's checks may run: `--timeout`, else `GRADE_TIMEOUT`, else 20.
    public var timeout: Double = 20
    /// Hidden `--watch-cycles N`: stop watching after N polls, so that scripts can drive it.
    public var watchCycles: Int?

    public static let usage = """
        usage: grade [--impl exercises|solutions] [--lesson N|name] [--submission DIR] [--timeout S]
               grade --watch [--lesson N|name] [--impl exercises|solutions]
               grade --self-check

          --impl         grade the lessons in Exercises/ (default) or Solutions/
          --lesson       grade one lesson: 2, 02, sigmoid or 02-sigmoid
          --submission   grade a student's Exercises/ folder (or a kit checkout holding one) in a
                         pristine copy of this kit
          --timeout      seconds one lesson's checks may run before they count as hanging
                         (default 20, or GRADE_TIMEOUT)
          --watch        regrade a lesson every time one of its files is saved
          --self-check   verify the grader and the grading suites (what `make test` runs)

        Grading prints a score table and writes .grade/results.json in Gradescope's format.
        """

    public init() {}

    public init(arguments: [String], environment: [String: String]) throws {
        if let text = environment["GRADE_TIMEOUT"] {
            timeout = try Self.seconds(text, from: "GRADE_TIMEOUT")
        }
        var words = arguments[...]
        func value(_ flag: String) throws -> String {
            guard let next = words.popFirst() else { throw GradeError.usage("\(flag) needs a value") }
            return next
        }
        while let word = words.popFirst() {
            var flag = word
            if let equals = word.firstIndex(of: "="), word.hasPrefix("--") {
                flag = String(word[..<equals])
                words.insert(String(word[word.index(after: equals)...]), at: words.startIndex)
            }
            switch flag {
            case "--help", "-h": mode = .help
            case "--watch": mode = .watch
            case "--self-check": mode = .selfCheck
            case "--impl":
                let name = try value(flag)
                guard let chosen = Implementation(rawValue: name) else {
                    throw GradeError.usage("--impl expects exercises or solutions, got '\(name)'")
                }
                implementation = chosen
            case "--lesson": lesson = try value(flag)
            case "--submission": submission = try value(flag)
            case "--timeout": timeout = try Self.seconds(try value(flag), from: "--timeout")
            case "--watch-cycles":
                let text = try value(flag)
                guard let cycles = Int(text), cycles > 0 else {
                    throw GradeError.usage("--watch-cycles expects a positive whole number, got '\(text)'")
                }
                watchCycles = cycles
            default: throw GradeError.usage("unknown option '\(word)'")
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
        if mode == .selfCheck && (lesson != nil || submission != nil) {
            throw GradeError.usage("--self-check always checks every lesson; drop --lesson and --submission")
        }
        if watchCycles != nil && mode != .watch {
            throw GradeError.usage("--watch-cycles only applies to --watch")
        }
    }

    private static func seconds(_ text: String, from source: String) throws -> Double {
        guard let seconds = Double(text), seconds > 0, seconds.isFinite else {
            throw GradeError.usage("\(source) expects a positive number of seconds, got '\(text)'")
        }
        return seconds
    }
}
