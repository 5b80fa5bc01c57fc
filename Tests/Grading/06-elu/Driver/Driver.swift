import GradingDriver

/// Lesson 06's driver, compiled together with the student's sources of this lesson: it answers
/// the checks' requests (see `GradingDriver`) and does nothing else.
@main
enum LessonDriver {
    static func main() {
        GradingDriver.serve(GradingDriver.activation("ELU") { $0.isEmpty ? ELU() : ELU(alpha: $0[0]) }
            .merging(GradingDriver.activation("SELU") { _ in SELU() }) { $1 })
    }
}
