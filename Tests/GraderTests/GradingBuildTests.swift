import Foundation
@testable import Grader
import Testing

@Suite struct GradingBuildTests {
    @Test func aLessonWithoutSourcesIsBrokenBeforeAnythingIsBuilt() throws {
        // Every lesson folder is empty, so no `swift build` runs at all.
        let kit = try TemporaryFolder()
        try kit.write("# Sigmoid", to: "Exercises/02-sigmoid/README.md")
        let build = GradingBuild(kit: kit.url, implementation: .exercises, scratch: kit.url.appendingPathComponent(".build"),
                                 log: kit.url.appendingPathComponent("build.log"))
        let (built, broken) = try build.build([Samples.sigmoid, Samples.tanh]) { _ in }
        #expect(built.isEmpty)
        #expect(broken[Samples.sigmoid]?.summary(relativeTo: kit.url.path)
                == "Exercises/02-sigmoid: no .swift files; restore the lesson's sources")
        #expect(broken[Samples.tanh] != nil)
    }

    @Test func theManifestSeesTheChosenLessons() {
        #expect(GradingBuild.environment(.solutions, [Samples.warmUp, Samples.tanh])
                == ["KIT_GRADING": "1", "KIT_IMPL": "solutions", "KIT_LESSONS": "01,03"])
    }
}
