// swift-tools-version:6.0
//
// ActivationLab: a Swift teaching kit about neural-network activation functions.
//
// Environment switches (read when SwiftPM evaluates this manifest; give each choice its own
// `--scratch-path` to avoid rebuilds, as the Makefile does):
//
//   KIT_IMPL=solutions    build every lesson from `Solutions/` instead of `Exercises/`.
//   KIT_GRADING=1         the grader's view: only the lessons, their grading suites and the core
//                         (no trainer, no `lab`), so a lesson that does not compile costs only its
//                         own points.
//   KIT_LESSONS=01,03     with KIT_GRADING, the lessons to include (default: all).
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
]
let selected: Set<String> = {
    guard grading, let list = environment["KIT_LESSONS"], !list.isEmpty else {
        return Set(lessons.map(\.number))
    }
    return Set(list.split(separator: ",").map { String($0) })
}()
let chosenLessons = lessons.filter { selected.contains($0.number) }

let fastMath: [SwiftSetting] = nativeCPU ? [.unsafeFlags(["-target-cpu", "native"])] : []

/// The lessons whose `Exercises/` folder holds `plots/`, the SVGs drawn by `lab plot --all`
/// (every lesson about one activation). Listed rather than checked on disk: SwiftPM caches the
/// evaluated manifest by its text and environment, so a `fileExists` test would go stale.
let lessonsWithPlots: Set<String> = ["01", "02", "03", "04", "05", "06", "07", "08", "11"]

/// A lesson folder's non-source files.
func lessonExtras(_ lesson: (number: String, folder: String, module: String)) -> [String] {
    implementation == "Exercises" && lessonsWithPlots.contains(lesson.number) ? ["README.md", "plots"] : ["README.md"]
}

var targets: [Target] = [
    .target(name: "ActivationCore"),
    .target(name: "GradingSupport", dependencies: ["ActivationCore"], path: "Tests/GradingSupport"),
]
/// The custom-activation lesson is also graded by training a real network with the student's
/// activation, so its suite needs the trainer (and the trainer's data layer) even when grading.
let trainerNeeded = !grading || selected.contains("11")
if trainerNeeded {
    targets += [
        .target(name: "LabData"),
        .target(name: "LabEngine", dependencies: ["ActivationCore", "LabData"], swiftSettings: fastMath),
    ]
}
for lesson in chosenLessons {
    targets.append(.target(
        name: lesson.module, dependencies: ["ActivationCore"],
        path: "\(implementation)/\(lesson.folder)", exclude: lessonExtras(lesson)))
    let trainer: [Target.Dependency] = lesson.number == "11" ? ["LabEngine", "LabData"] : []
    targets.append(.testTarget(
        name: "\(lesson.module)Grading",
        dependencies: [.target(name: lesson.module), "GradingSupport"] + trainer,
        path: "Tests/Grading/\(lesson.folder)"))
}

var products: [Product] = []
if !grading {
    let lessonModules = lessons.map { Target.Dependency.target(name: $0.module) }
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
        .target(name: "Grader"),
        .executableTarget(name: "grade", dependencies: ["Grader"]),
        .testTarget(name: "SolutionTests",
                    dependencies: ["ActivationCatalog", "GradingSupport"] + lessonModules),
        .testTarget(name: "LabDataTests", dependencies: ["LabData"]),
        .testTarget(name: "LabEngineTests", dependencies: ["LabEngine", "ActivationCatalog"]),
        .testTarget(name: "LabChartsTests", dependencies: ["LabCharts"]),
        .testTarget(name: "LabExperimentsTests", dependencies: ["LabExperiments", "LabEngine"]),
        .testTarget(name: "LabCommandsTests", dependencies: ["LabCommands", "CommandKit", "ActivationCatalog", "ActivationCore"]),
        .testTarget(name: "CommandKitTests", dependencies: ["CommandKit"]),
        .testTarget(name: "GraderTests", dependencies: ["Grader"]),
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
