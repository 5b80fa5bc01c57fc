/// A labelled 2-D example drawn over a decision boundary.
public struct ClassPoint: Codable, Sendable, Hashable {
    public var x: Double
    public var y: Double
    /// 0-based class; picks the colour.
    public var classIndex: Int

    public init(x: Double, y: Double, classIndex: Int) {
        self.x = x
        self.y = y
        self.classIndex = classIndex
    }
}
