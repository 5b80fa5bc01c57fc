import CommandKit
import Foundation
@testable import Grader
import Testing

@Suite struct KitManifestTests {
    /// The shape of `swift package dump-package` in the checker's view, targets trimmed.
    static let manifest = """
        {"name": "ActivationLab", "targets": [
          {"name": "ActivationCore", "path": null, "type": "regular"},
          {"name": "GradingSupport", "path": "Tests/GradingSupport", "type": "regular"},
          {"name": "Lesson02SigmoidGrading", "path": "Tests/Grading/02-sigmoid", "type": "test"},
          {"name": "Lesson01WarmUpGrading", "path": "Tests/Grading/01-warm-up", "type": "test"},
          {"name": "Lesson10VanishingGradientsGrading", "path": "Tests/Grading/10-vanishing-gradients", "type": "test"},
          {"name": "SomethingGrading", "path": "Tests/Elsewhere", "type": "test"},
          {"name": "ExtraTests", "path": null, "type": "test"}
        ]}
        """

    @Test func lessonsAreTheGradingTargetsInLessonFolders() throws {
        let manifest = try KitManifest(manifestJSON: Data(Self.manifest.utf8))
        #expect(manifest.lessons == [Samples.warmUp, Samples.sigmoid, Samples.vanishing])
        #expect(manifest.lessons[1].gradingModule == "Lesson02SigmoidGrading")
        #expect(manifest.lessons[1].sourceFolder(.solutions) == "Solutions/02-sigmoid")
    }

    @Test func aManifestWithoutLessonsIsAnError() {
        #expect(throws: CommandError.self) { try KitManifest(manifestJSON: Data(#"{"targets": []}"#.utf8)) }
        #expect(throws: CommandError.self) { try KitManifest(manifestJSON: Data("not json".utf8)) }
    }

    @Test(arguments: ["2", "02", "sigmoid", "02-sigmoid", "Sigmoid", "002"])
    func aLessonIsFoundByNumberTopicOrFolder(query: String) throws {
        #expect(try KitManifest(lessons: Samples.lessons).resolve(query) == Samples.sigmoid)
    }

    @Test(arguments: ["12", "0", "sigmoi", "", "02-tanh"])
    func anUnknownLessonIsAUsageError(query: String) {
        #expect {
            try KitManifest(lessons: Samples.lessons).resolve(query)
        } throws: { error in
            guard let error = error as? CommandError, case .usage(let message, _) = error else { return false }
            return error.exitStatus == 2 && message.contains("01-warm-up, 02-sigmoid, 03-tanh")
        }
    }
}
