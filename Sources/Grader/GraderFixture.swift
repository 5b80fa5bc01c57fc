import Foundation

/// A deliberately broken lesson file, `Tests/GraderFixtures/<kind>/<File>.swift`, that stands in
/// for the Solution file of the same name, to show that the grader reports broken code as such.
public struct GraderFixture: Equatable, Sendable {
    public let kind: FixtureKind
    public let lesson: Lesson
    public let file: String
    public let contents: Data

    public init(kind: FixtureKind, lesson: Lesson, file: String, contents: Data) {
        self.kind = kind
        self.lesson = lesson
        self.file = file
        self.contents = contents
    }

    /// Every fixture, one per kind, each placed in the lesson whose Solutions folder holds a
    /// file of its name; plus what is wrong with the layout, if anything.
    public static func discover(in kit: URL, lessons: [Lesson]) -> (fixtures: [GraderFixture], problems: [String]) {
        let root = kit.appendingPathComponent("Tests/GraderFixtures")
        var fixtures: [GraderFixture] = []
        var problems: [String] = []
        for kind in FixtureKind.allCases {
            let files = SwiftSource.files(in: root.appendingPathComponent(kind.rawValue))
            guard files.count == 1, let file = files.first, let contents = try? Data(contentsOf: file) else {
                problems.append("Tests/GraderFixtures/\(kind.rawValue) must hold exactly one .swift file")
                continue
            }
            let name = file.lastPathComponent
            guard let lesson = lessons.first(where: { lesson in
                FileManager.default.fileExists(atPath: kit.appendingPathComponent("\(lesson.sourceFolder(.solutions))/\(name)").path)
            }) else {
                problems.append("Tests/GraderFixtures/\(kind.rawValue)/\(name) replaces no Solution file")
                continue
            }
            fixtures.append(GraderFixture(kind: kind, lesson: lesson, file: name, contents: contents))
        }
        return (fixtures, problems)
    }

    /// Groups fixtures into rounds of at most one per lesson (a round grades every lesson once).
    public static func rounds(_ fixtures: [GraderFixture]) -> [[GraderFixture]] {
        var rounds: [[GraderFixture]] = []
        for fixture in fixtures {
            if let index = rounds.firstIndex(where: { round in !round.contains { $0.lesson == fixture.lesson } }) {
                rounds[index].append(fixture)
            } else {
                rounds.append([fixture])
            }
        }
        return rounds
    }
}
