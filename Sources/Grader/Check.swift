/// One graded check: a `@Test` of a grading suite and the points its display name promises.
public struct Check: Equatable, Sendable {
    /// The display name, e.g. `sigmoid(0) is one half [1 pt]`.
    public let name: String
    /// The points at the end of the name, or nil when the name carries none (a suite bug that
    /// `grade --self-check` reports).
    public let points: Int?

    public init(name: String, points: Int?) {
        self.name = name
        self.points = points
    }

    /// A check whose points are read from its display name.
    public init(name: String) {
        self.init(name: name, points: Check.points(inName: name))
    }

    /// The points a display name ends with, by the grading contract's rule
    /// `\[(\d+) pts?\]$`: `"… [2 pts]"` → 2, `"… [1 pt]"` → 1, anything else → nil.
    public static func points(inName name: String) -> Int? {
        guard let match = name.firstMatch(of: /\[(\d+) pts?\]$/) else { return nil }
        return Int(match.1)
    }
}
