import LabCharts

/// A trained 2-D classifier sampled on a square grid, with some of the data on top: the
/// TensorFlow Playground picture.
public struct BoundaryGrid: Codable, Sendable, Hashable {
    public var xRange: ClosedRange<Double>
    public var yRange: ClosedRange<Double>
    /// Cells per side.
    public var resolution: Int
    /// Predicted class per cell, row-major, the first row at the bottom (`yRange.lowerBound`).
    public var predictedClasses: [Int]
    /// The probability of the predicted class per cell, in the same order: pale near the
    /// boundary, saturated far from it.
    public var confidences: [Double]
    /// Test examples drawn over the grid.
    public var points: [ClassPoint]

    public init(xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, resolution: Int,
                predictedClasses: [Int], confidences: [Double], points: [ClassPoint]) {
        self.xRange = xRange
        self.yRange = yRange
        self.resolution = resolution
        self.predictedClasses = predictedClasses
        self.confidences = confidences
        self.points = points
    }
}
