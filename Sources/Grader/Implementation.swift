/// Which copy of the lessons a grading run compiles: the student's stubs or the references.
///
/// It is the grader's side of the manifest's `KIT_IMPL` switch.
public enum Implementation: String, Sendable, CaseIterable {
    case exercises
    case solutions

    /// The kit folder that holds this implementation's lesson folders.
    public var folder: String {
        switch self {
        case .exercises: "Exercises"
        case .solutions: "Solutions"
        }
    }
}
