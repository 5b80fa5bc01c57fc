/// Which lessons a failed build's errors belong to, so that only those lessons lose their points.
///
/// An error belongs to a lesson when its file lies in one of the lesson's folders
/// (`Exercises/NN-…`, `Solutions/NN-…`, `Tests/Grading/NN-…`) or, for code the compiler
/// generated from a macro such as `@Test`, when its path names the lesson's module.
public struct CompileErrorAttribution: Equatable, Sendable {
    /// The first error of each lesson that has one, by lesson number.
    public let firstError: [String: CompilerDiagnostic]
    /// Located errors in files outside every lesson (a broken core or GradingSupport).
    public let unattributed: [CompilerDiagnostic]
    /// `error:` lines with no location, e.g. `error: emit-module command failed …`; they only
    /// matter when nothing else explains the failure.
    public let unlocated: [String]

    public init(log: String, lessons: [Lesson]) {
        var first: [String: CompilerDiagnostic] = [:]
        var outside: [CompilerDiagnostic] = []
        for error in CompilerDiagnostic.errors(in: log) {
            if let lesson = Self.lesson(containing: error.file, among: lessons) {
                if first[lesson.number] == nil { first[lesson.number] = error }
            } else {
                outside.append(error)
            }
        }
        firstError = first
        unattributed = outside
        unlocated = log.split(whereSeparator: \.isNewline)
            .filter { $0.hasPrefix("error: ") }
            .map(String.init)
    }

    /// The lesson whose folder (the innermost one, should the kit itself sit below a folder
    /// named like a lesson) or module a source path belongs to.
    static func lesson(containing path: String, among lessons: [Lesson]) -> Lesson? {
        let folders = path.matches(of: /(?:^|\/)(?:Exercises|Solutions|Tests\/Grading)\/([^\/]+)\//)
        if let folder = folders.last?.1, let lesson = lessons.first(where: { $0.folder == folder }) {
            return lesson
        }
        // Longest module first, so that `Lesson1…` can never shadow `Lesson10…`.
        return lessons.sorted { $0.module.count > $1.module.count }
            .first { path.contains($0.module) }
    }
}
