import Foundation
@testable import Grader
import Testing

@Suite struct KitMirrorTests {
    static let support = ["Sources/ActivationCore", "Tests/GradingSupport", "Tests/Grading/02-sigmoid"]

    static func makeKit() throws -> TemporaryFolder {
        let kit = try TemporaryFolder()
        try kit.write("// manifest", to: "Package.swift")
        try kit.write("public protocol Activation {}", to: "Sources/ActivationCore/Activation.swift")
        try kit.write("// support", to: "Tests/GradingSupport/Check.swift")
        try kit.write("// suite", to: "Tests/Grading/02-sigmoid/SigmoidTests.swift")
        try kit.write("# Sigmoid", to: "Exercises/02-sigmoid/README.md")
        try kit.write("stub", to: "Exercises/02-sigmoid/Sigmoid.swift")
        try kit.write("all: cheat", to: "Makefile")
        try kit.write("0\t0", to: "Tests/Fixtures/sigmoid.tsv")
        try kit.write("// not graded", to: "Sources/lab/main.swift")
        return kit
    }

    static func modified(_ url: URL) throws -> Date {
        try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date)
    }

    @Test func theMirrorHoldsTheKitsSupportAndTheGivenSources() throws {
        let kit = try Self.makeKit()
        let target = try TemporaryFolder()
        let mirror = KitMirror(kit: kit.url, destination: target.url, supportPaths: Self.support)
        try mirror.update(implementation: .exercises, lessons: [Samples.sigmoid],
                          sources: ["02-sigmoid": ["Sigmoid.swift": Data("mine".utf8), "Helper.swift": Data("h".utf8)]])
        #expect(try target.read("Package.swift") == "// manifest")
        #expect(try target.read("Tests/Grading/02-sigmoid/SigmoidTests.swift") == "// suite")
        #expect(try target.read("Exercises/02-sigmoid/Sigmoid.swift") == "mine")
        #expect(try target.read("Exercises/02-sigmoid/README.md") == "# Sigmoid")
        #expect(try target.read("Tests/Fixtures/sigmoid.tsv") == "0\t0")
        #expect(!FileManager.default.fileExists(atPath: target.url.appendingPathComponent("Makefile").path))
        #expect(!FileManager.default.fileExists(atPath: target.url.appendingPathComponent("Sources/lab").path))
    }

    @Test func anUpdateRewritesOnlyWhatChangedAndDropsWhatWentAway() throws {
        let kit = try Self.makeKit()
        let target = try TemporaryFolder()
        let mirror = KitMirror(kit: kit.url, destination: target.url, supportPaths: Self.support)
        try mirror.update(implementation: .exercises, lessons: [Samples.sigmoid],
                          sources: ["02-sigmoid": ["Sigmoid.swift": Data("v1".utf8), "Helper.swift": Data("h".utf8)]])
        let support = target.url.appendingPathComponent("Tests/GradingSupport/Check.swift")
        let past = Date(timeIntervalSinceNow: -3600)
        try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: support.path)
        try mirror.update(implementation: .exercises, lessons: [Samples.sigmoid],
                          sources: ["02-sigmoid": ["Sigmoid.swift": Data("v2".utf8)]])
        #expect(try target.read("Exercises/02-sigmoid/Sigmoid.swift") == "v2")
        #expect(!FileManager.default.fileExists(atPath: target.url.appendingPathComponent("Exercises/02-sigmoid/Helper.swift").path))
        // Untouched, so SwiftPM sees nothing to rebuild there.
        #expect(abs(try Self.modified(support).timeIntervalSince(past)) < 1)
    }

    @Test func aSubmissionIsFoundInItsExercisesFolderAndGapsGetStubs() throws {
        let kit = try Self.makeKit()
        let handedIn = try TemporaryFolder()
        try handedIn.write("solved", to: "Exercises/02-sigmoid/Sigmoid.swift")
        try handedIn.write("cheat", to: "Tests/Grading/02-sigmoid/SigmoidTests.swift")
        let submission = try Submission(folder: handedIn.url, lessons: [Samples.sigmoid, Samples.tanh])
        #expect(submission.exercises.lastPathComponent == "Exercises")
        try kit.write("tanh stub", to: "Exercises/03-tanh/Tanh.swift")
        let sources = try submission.sources(for: [Samples.sigmoid, Samples.tanh],
                                             stubs: kit.url.appendingPathComponent("Exercises"))
        #expect(sources["02-sigmoid"] == ["Sigmoid.swift": Data("solved".utf8)])
        #expect(sources["03-tanh"] == ["Tanh.swift": Data("tanh stub".utf8)])
        // The Exercises folder itself works too.
        #expect(try Submission(folder: submission.exercises, lessons: [Samples.sigmoid]).exercises == submission.exercises)
    }

    @Test func aSubmissionWithoutLessonsIsAClearError() throws {
        let empty = try TemporaryFolder()
        #expect(throws: GradeError.self) { try Submission(folder: empty.url, lessons: [Samples.sigmoid]) }
        #expect(throws: GradeError.failed("submission folder /nonexistent/x does not exist")) {
            try Submission(folder: URL(fileURLWithPath: "/nonexistent/x"), lessons: [Samples.sigmoid])
        }
    }
}
