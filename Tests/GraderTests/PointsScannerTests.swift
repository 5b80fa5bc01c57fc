@testable import Grader
import Testing

@Suite struct PointsScannerTests {
    @Test func pointsFollowTheContractsPattern() {
        #expect(GradedCheck.points(inName: "sigmoid(0) is one half [1 pt]") == 1)
        #expect(GradedCheck.points(inName: "matches the reference [12 pts]") == 12)
        #expect(GradedCheck.points(inName: "[2 pts] at the start does not count") == nil)
        #expect(GradedCheck.points(inName: "no points") == nil)
        #expect(GradedCheck.points(inName: "wrong unit [2 points]") == nil)
    }

    @Test func testsAreReadWhereverTheirNameStands() {
        let source = #"""
            @Suite("Lesson 02 · Sigmoid")
            struct SigmoidGrading {
                @Test("sigmoid(0) is one half [1 pt]")
                func half() {}

                @Test(
                    "sigmoid matches \"the\" reference [2 pts]",
                    arguments: [1, 2] as [Float]
                )
                func moderate(x: Float) {}

                // @Test("commented out [5 pts]")
                /* @Test("also commented out [5 pts]") */
                @Test func unnamed() {}

                @Test(.tags(.slow)) func taggedWithoutName() {}
            }
            """#
        #expect(PointsScanner.checks(inSource: source) == [
            GradedCheck(name: "sigmoid(0) is one half [1 pt]", points: 1),
            GradedCheck(name: #"sigmoid matches "the" reference [2 pts]"#, points: 2),
            GradedCheck(name: "@Test", points: nil),
            GradedCheck(name: "@Test", points: nil),
        ])
    }

    @Test func aFolderIsScannedFileByFileInNameOrder() throws {
        let folder = try TemporaryFolder()
        try folder.write(#"@Test("b [2 pts]") func b() {}"#, to: "B.swift")
        try folder.write(#"@Test("a [1 pt]") func a() {}"#, to: "A.swift")
        try folder.write(#"@Test("ignored [9 pts]")"#, to: "README.md")
        #expect(try PointsScanner.checks(inFolder: folder.url).map(\.name) == ["a [1 pt]", "b [2 pts]"])
    }
}
