/// One labelled 2-D example drawn over a decision boundary.
public struct BoundaryPoint: Codable, Sendable, Hashable {
    public var x: Double
    public var y: Double
    public var label: Int

    public init(x: Double, y: Double, label: Int) {
        self.x = x
        self.y = y
        self.label = label
    }
}
