import ActivationCore
import GradingDriver

/// Lesson 12's driver, compiled together with the student's sources of this lesson: it answers
/// the checks' requests (see `GradingDriver`) and does nothing else.
@main
enum LessonDriver {
    static func main() {
        var endpoints = GradingDriver.activation("ReLU6") { _ in ReLU6() }
            .merging(GradingDriver.activation("HardSigmoid") { _ in HardSigmoid() }) { $1 }
            .merging(GradingDriver.activation("HardSwish") { _ in HardSwish() }) { $1 }
        // A gated unit's argument is n values of a, then n of b; the answer f, ∂f/∂a, ∂f/∂b for each.
        let units: [(String, any GatedActivation)] = [("GLU", GLU()), ("SwiGLU", SwiGLU()), ("GEGLU", GEGLU())]
        for (name, unit) in units {
            endpoints["\(name).all"] = { _, argument in
                let n = argument.count / 2
                let pairs = (0..<n).map { (argument[$0], argument[n + $0]) }
                let gradients = pairs.map { unit.gradients($0.0, $0.1) }
                return pairs.map { unit($0.0, $0.1) } + gradients.map(\.a) + gradients.map(\.b)
            }
        }
        GradingDriver.serve(endpoints)
    }
}
