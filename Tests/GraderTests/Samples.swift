import Foundation
@testable import Grader

/// Lessons and files shared by the tests.
enum Samples {
    static let warmUp = Lesson(folder: "01-warm-up", module: "Lesson01WarmUp")
    static let sigmoid = Lesson(folder: "02-sigmoid", module: "Lesson02Sigmoid")
    static let tanh = Lesson(folder: "03-tanh", module: "Lesson03Tanh")
    static let vanishing = Lesson(folder: "10-vanishing-gradients", module: "Lesson10VanishingGradients")
    static let lessons = [warmUp, sigmoid, tanh, vanishing]

    static func check(_ name: String, _ outcome: CheckOutcome) -> CheckResult {
        CheckResult(check: GradedCheck(name: name), outcome: outcome)
    }
}
