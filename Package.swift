// swift-tools-version:6.0
//
// ActivationLab: a Swift teaching kit about neural-network activation functions.
//
// Environment switches (read when SwiftPM evaluates this manifest; give each choice its own
// `--scratch-path` to avoid rebuilds, as the Makefile does):
//
//   KIT_IMPL=solutions    build every lesson from `Solutions/` instead of `Exercises/`.
//   KIT_GRADING=1         the checker: the grading suites, their support and the trainer they use,
//                         and no lesson at all. The grader builds this package once and runs it
//                         against each student's driver, a separate program it compiles from the
//                         student's sources (see Sources/GradingDriver), so that no student code is
//                         ever loaded into the process that decides the grade.
//   KIT_PORTABLE=1        build the numeric kernels for a generic CPU instead of this machine's
//                         (`-target-cpu native` is what turns SIMD code into FMA/AVX instructions).
import PackageDescription

let environment = Context.environment
let implementation = environment["KIT_IMPL"] == "solutions" ? "Solutions" : "Exercises"
let grading = environment["KIT_GRADING"] == "1"
let nativeCPU = environment["KIT_PORTABLE"] != "1"

/// The lessons in teaching order: folder `NN-topic`, module `LessonNN<Topic>`.
let lessons: [(number: String, folder: String, module: String)] = [
    ("01", "01-warm-up", "Lesson01WarmUp"),
    ("02", "02-sigmoid", "Lesson02Sigmoid"),
    ("03", "03-tanh", "Lesson03Tanh"),
    ("04", "04-relu", "Lesson04ReLU"),
    ("05", "05-leaky-relu", "Lesson05LeakyReLU"),
    ("06", "06-elu", "Lesson06ELU"),
    ("07", "07-softplus", "Lesson07Softplus"),
    ("08", "08-swish-gelu-mish", "Lesson08SwishGELUMish"),
    ("09", "09-softmax", "Lesson09Softmax"),
    ("10", "10-vanishing-gradients", "Lesson10VanishingGradients"),
    ("11", "11-custom-activation", "Lesson11CustomActivation"),
    ("12", "12-hard-and-gated", "Lesson12HardAndGated"),
]
let fastMath: [SwiftSetting] = nativeCPU ? [.unsafeFlags(["-target-cpu", "native"])] : []

/// The lessons whose `Exercises/` folder holds `plots/`, the SVGs drawn by `lab plot --all`
/// (every lesson about one activation). Listed rather than checked on disk: SwiftPM caches the
/// evaluated manifest by its text and environment, so a `fileExists` test would go stale.
let lessonsWithPlots: Set<String> = ["01", "02", "03", "04", "05", "06", "07", "08", "11", "12"]

/// A lesson folder's non-source files: its page in English and in the Chinese editions that
/// `grade translations` requires beside it (Sources/Grader/Translations.swift), and its plots.
func lessonExtras(_ lesson: (number: String, folder: String, module: String)) -> [String] {
    let pages = ["README.md", "README.zh-Hant.md", "README.zh-Hans.md"]
    return implementation == "Exercises" && lessonsWithPlots.contains(lesson.number) ? pages + ["plots"] : pages
}

/// The core every lesson builds on, and the wire between the checks and a student's driver.
var targets: [Target] = [
    .target(name: "ActivationCore"),
    .target(name: "GradingProtocol"),
    .target(name: "LabData"),
    // The checker is a debug build (tests), yet lesson 11's check trains a network with it:
    // the engine is optimised there all the same.
    .target(name: "LabEngine", dependencies: ["ActivationCore", "LabData"],
            swiftSettings: fastMath + (grading ? [.unsafeFlags(["-O"])] : [])),
]
var products: [Product] = []

if grading {
    // The checker: one test target per lesson's suites, none of which imports a lesson. Each
    // lesson folder's `Driver/` is the other half of its wire and is compiled with the
    // student's sources instead. Lesson 11's suite trains a network, so it also has the trainer.
    targets.append(.target(name: "GradingSupport", dependencies: ["ActivationCore", "GradingProtocol"],
                           path: "Tests/GradingSupport"))
    for lesson in lessons {
        let trainer: [Target.Dependency] = lesson.number == "11" ? ["LabEngine", "LabData"] : []
        targets.append(.testTarget(
            name: "\(lesson.module)Grading", dependencies: ["GradingSupport", "ActivationCore"] + trainer,
            path: "Tests/Grading/\(lesson.folder)", exclude: ["Driver"]))
    }
} else {
    let lessonModules = lessons.map { Target.Dependency.target(name: $0.module) }
    for lesson in lessons {
        targets.append(.target(
            name: lesson.module, dependencies: ["ActivationCore"],
            path: "\(implementation)/\(lesson.folder)", exclude: lessonExtras(lesson)))
    }
    targets += [
        // Only the lessons that define activations: 09 (softmax) and 10 (a scalar chain) have none.
        .target(name: "ActivationCatalog", dependencies: ["ActivationCore"] + lessons
            .filter { !["09", "10"].contains($0.number) }.map { .target(name: $0.module) }),
        .target(name: "LabCharts"),
        // The command line of `lab` (and of `grade`): depends on nothing, so any tool can use it.
        .target(name: "CommandKit"),
        .target(name: "LabExperiments",
                dependencies: ["ActivationCatalog", "CommandKit", "LabData", "LabEngine", "LabCharts"]),
        .target(name: "LabCommands", dependencies: ["CommandKit", "ActivationCore", "ActivationCatalog", "LabData", "LabEngine",
                                                    "LabCharts", "LabExperiments"]),
        .executableTarget(name: "lab", dependencies: ["LabCommands"]),
        // The driver's main loop: built here so that it is type-checked and tested with the
        // rest; the grader compiles the same files with each student's sources.
        .target(name: "GradingDriver", dependencies: ["ActivationCore", "GradingProtocol"]),
        .target(name: "Grader", dependencies: ["GradingProtocol", "CommandKit"]),
        .executableTarget(name: "grade", dependencies: ["Grader"]),
        .testTarget(name: "SolutionTests",
                    dependencies: ["ActivationCatalog", "ActivationCore", "GradingSupport"] + lessonModules),
        .testTarget(name: "LabDataTests", dependencies: ["LabData"]),
        .testTarget(name: "LabEngineTests", dependencies: ["LabEngine", "ActivationCatalog"]),
        .testTarget(name: "LabChartsTests", dependencies: ["LabCharts"]),
        .testTarget(name: "LabExperimentsTests", dependencies: ["LabExperiments", "LabEngine", "LabCharts"]),
        .testTarget(name: "LabCommandsTests", dependencies: ["LabCommands", "CommandKit", "ActivationCatalog", "ActivationCore"]),
        .testTarget(name: "CommandKitTests", dependencies: ["CommandKit"]),
        .testTarget(name: "GraderTests", dependencies: ["Grader", "GradingDriver", "GradingProtocol"]),
        .target(name: "GradingSupport", dependencies: ["ActivationCore", "GradingProtocol"],
                path: "Tests/GradingSupport"),
    ]
    products = [.executable(name: "lab", targets: ["lab"]),
                .executable(name: "grade", targets: ["grade"])]
}

let package = Package(
    name: "ActivationLab",
    platforms: [.macOS(.v13)],
    products: products,
    targets: targets
)
