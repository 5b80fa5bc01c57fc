/// One lesson of the kit: folder `NN-topic` in `Exercises/` and `Solutions/`, compiled as module
/// `LessonNN<Topic>` and graded by test module `LessonNN<Topic>Grading` from
/// `Tests/Grading/NN-topic/`.
public struct Lesson: Hashable, Sendable {
    /// The two-digit number, `"02"`.
    public let number: String
    /// The folder name, `"02-sigmoid"`.
    public let folder: String
    /// The lesson's module, `"Lesson02Sigmoid"`.
    public let module: String

    public init(folder: String, module: String) {
        self.number = String(folder.prefix(2))
        self.folder = folder
        self.module = module
    }

    /// The grading-suite module, which is also the test-ID prefix the test binary filters on.
    public var gradingModule: String { module + "Grading" }

    /// The folder of this lesson's grading suites, relative to the kit.
    public var gradingFolder: String { "Tests/Grading/\(folder)" }

    /// This lesson's source folder for `implementation`, relative to the kit.
    public func sourceFolder(_ implementation: Implementation) -> String {
        "\(implementation.folder)/\(folder)"
    }
}
