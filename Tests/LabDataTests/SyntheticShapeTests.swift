import LabData
import Testing

@Suite struct SyntheticShapeTests {
    private func points(_ dataset: Dataset) -> [(x: Float, y: Float, label: UInt8)] {
        guard case .floats(let values) = dataset.storage else {
            Issue.record("\(dataset.name) is not stored as floats")
            return []
        }
        return dataset.labels.indices.map { (values[2 * $0], values[2 * $0 + 1], dataset.labels[$0]) }
    }

    private func features(_ dataset: Dataset) -> [Float] {
        points(dataset).flatMap { [$0.x, $0.y] }
    }

    @Test(arguments: SyntheticShape.allCases)
    func sameSeedSameData(shape: SyntheticShape) {
        let first = shape.make(trainCount: 300, testCount: 100, seed: 7)
        let second = shape.make(trainCount: 300, testCount: 100, seed: 7)
        #expect(features(first.train) == features(second.train))
        #expect(features(first.test) == features(second.test))
        #expect(first.train.labels == second.train.labels)
        #expect(first.source == "synthetic \(shape.rawValue) (seed 7, 300/100)")
    }

    @Test(arguments: SyntheticShape.allCases)
    func otherSeedOtherData(shape: SyntheticShape) {
        let first = shape.make(trainCount: 300, testCount: 100, seed: 7)
        let other = shape.make(trainCount: 300, testCount: 100, seed: 8)
        #expect(features(first.train) != features(other.train))
        #expect(features(first.test) != Array(features(first.train).prefix(200)))
    }

    @Test(arguments: SyntheticShape.allCases)
    func balancedTwoDimensionalAndRoughlyInTheUnitSquare(shape: SyntheticShape) {
        let split = shape.make(trainCount: 600, testCount: 300, seed: 1)
        #expect(split.train.count == 600 && split.test.count == 300)
        #expect(split.train.featureCount == 2)
        #expect(split.train.classCount == (shape == .spiral ? 3 : 2))
        let perClass = 600 / split.train.classCount
        #expect(split.train.classCounts == Array(repeating: perClass, count: split.train.classCount))
        // "Roughly": noise may push a few points just past ±1, never far.
        #expect(features(split.train).allSatisfy { abs($0) < 1.4 })
        #expect(features(split.train).map(abs).max()! > 0.8)
    }

    @Test func circlesAreAnOuterAndAnInnerRing() {
        for point in points(SyntheticShape.circles.make(trainCount: 400, testCount: 0, seed: 3).train) {
            let radius = (point.x * point.x + point.y * point.y).squareRoot()
            #expect(point.label == 0 ? radius > 0.7 : radius < 0.65, "\(point)")
        }
    }

    @Test func xorLabelsFollowTheQuadrants() {
        let all = points(SyntheticShape.xor.make(trainCount: 1000, testCount: 0, seed: 3).train)
        let agreeing = all.filter { ($0.x * $0.y > 0) == ($0.label == 0) }
        #expect(agreeing.count > 900)  // only noise near the axes may cross over
    }

    @Test func moonsInterleave() {
        let all = points(SyntheticShape.moons.make(trainCount: 1000, testCount: 0, seed: 3).train)
        let upper = all.filter { $0.label == 0 }, lower = all.filter { $0.label == 1 }
        let meanY = { (points: [(x: Float, y: Float, label: UInt8)]) in points.map(\.y).reduce(0, +) / Float(points.count) }
        #expect(meanY(upper) > meanY(lower) + 0.3)
        // Each moon reaches into the other's horizontal range, which is what makes them interleave.
        #expect(upper.map(\.x).max()! > lower.map(\.x).min()! + 0.5)
    }

    @Test func spiralArmsWindOutwardFromTheCentre() {
        let all = points(SyntheticShape.spiral.make(trainCount: 900, testCount: 0, seed: 3).train)
        let radii = all.map { ($0.x * $0.x + $0.y * $0.y).squareRoot() }
        #expect(radii.min()! < 0.2 && radii.max()! > 0.9)
        #expect(Set(all.map(\.label)) == [0, 1, 2])
    }
}
