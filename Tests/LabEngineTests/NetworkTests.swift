import Testing
@testable import LabEngine
import LabData

@Suite struct NetworkTests {
    /// The engine's own byte-to-Float conversion gives exactly what `Dataset.copyFeatures` gives,
    /// at the padded stride, with the padding and the rows past the batch at zero.
    @Test func byteImagesLoadLikeCopyFeatures() {
        let bytes: [UInt8] = (0..<(4 * 5)).map { UInt8(($0 * 53) % 256) }
        let data = Dataset(name: "bytes", featureCount: 5, classCount: 3, labels: [0, 1, 2, 1], storage: .bytes(bytes))
        let network = Network(inputCount: 5, hidden: [], classCount: 3, seed: 1)
        let rows = [3, 0, 2]
        #expect(network.load(data, rows: rows) == 8)
        let expected = UnsafeMutablePointer<Float>.allocate(capacity: 15)
        defer { expected.deallocate() }
        data.copyFeatures(rows: rows, into: expected)
        let loaded = network.inputRows(8)
        for i in 0..<8 {
            for c in 0..<network.inputStride {
                #expect(loaded[i * network.inputStride + c] == (i < 3 && c < 5 ? expected[i * 5 + c] : 0))
            }
        }
    }
}
