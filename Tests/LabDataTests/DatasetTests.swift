import LabData
import Testing

@Suite struct DatasetTests {
    /// Four examples of three byte features; example i has label i % 2.
    private let images = Dataset(name: "tiny", featureCount: 3, classCount: 2, labels: [0, 1, 0, 1],
                                 storage: .bytes([0, 51, 255, 1, 2, 3, 102, 204, 17, 9, 8, 7]))

    private func copy(_ dataset: Dataset, rows: [Int]) -> [Float] {
        var buffer = [Float](repeating: -1, count: rows.count * dataset.featureCount)
        buffer.withUnsafeMutableBufferPointer { dataset.copyFeatures(rows: rows, into: $0.baseAddress!) }
        return buffer
    }

    @Test func bytesAreScaledToTheUnitInterval() {
        // 51 / 255 = 0.2, 102 / 255 = 0.4, 204 / 255 = 0.8, 17 / 255 = 1 / 15.
        #expect(copy(images, rows: [0]) == [0, 0.2, 1])
        #expect(copy(images, rows: [2]) == [0.4, 0.8, Float(1) / 15])
    }

    @Test func rowsAreCopiedInTheOrderAsked() {
        let first = copy(images, rows: [0])
        let third = copy(images, rows: [2])
        #expect(copy(images, rows: [2, 0, 2]) == third + first + third)
        #expect(copy(images, rows: []) == [])
    }

    @Test func floatsAreCopiedAsTheyAre() {
        let points = Dataset(name: "points", featureCount: 2, classCount: 2, labels: [1, 0, 1],
                             storage: .floats([0.5, -0.25, 3, 4, -1e-3, 7]))
        #expect(copy(points, rows: [2, 0]) == [-1e-3, 7, 0.5, -0.25])
    }

    @Test func sliceKeepsTheRowsOfItsRange() {
        let middle = images.slice(1..<3)
        #expect(middle.count == 2)
        #expect(middle.labels == [1, 0])
        #expect(copy(middle, rows: [0, 1]) == copy(images, rows: [1, 2]))
        #expect(middle.classCount == 2 && middle.featureCount == 3)
    }

    @Test func splitLastTakesTheLastFractionAsValidation() {
        let labels = (0..<10).map { UInt8($0 % 5) }
        let ten = Dataset(name: "ten", featureCount: 1, classCount: 5, labels: labels,
                          storage: .floats((0..<10).map(Float.init)))
        let (train, validation) = ten.splitLast(fraction: 0.2)
        #expect(train.count == 8 && validation.count == 2)
        #expect(copy(train, rows: Array(0..<8)) == [0, 1, 2, 3, 4, 5, 6, 7])
        #expect(copy(validation, rows: [0, 1]) == [8, 9])
        #expect(validation.labels == [3, 4])

        // Keras: the training part is int(n × (1 − fraction)) examples, rounding down.
        let (fewer, rest) = ten.splitLast(fraction: 0.25)
        #expect(fewer.count == 7 && rest.count == 3)
        #expect(ten.splitLast(fraction: 0).validation.count == 0)
    }

    @Test func classCountsCountEachLabel() {
        let set = Dataset(name: "counts", featureCount: 1, classCount: 4, labels: [3, 3, 0, 3, 1],
                          storage: .bytes([0, 0, 0, 0, 0]))
        #expect(set.classCounts == [1, 1, 0, 3])
    }
}
