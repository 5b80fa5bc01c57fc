import Testing
@testable import LabEngine

@Suite struct SoftmaxCrossEntropyTests {
    /// Loss, correct count and gradient of one row of logits.
    static func evaluate(_ logits: [Float], label: Int32, scale: Float = 1) -> (Double, Int, [Float]) {
        var delta = [Float](repeating: 0, count: logits.count)
        var labels = [label]
        let result = logits.withUnsafeBufferPointer { z in
            delta.withUnsafeMutableBufferPointer { d in
                SoftmaxCrossEntropy.evaluate(logits: z.baseAddress!, stride: logits.count, classes: logits.count,
                                             rows: 1, labels: &labels, delta: d.baseAddress!, scale: scale)
            }
        }
        return (result.loss, result.correct, delta)
    }

    @Test func lossAndGradientOfKnownLogits() {
        // softmax(1, 2, 3) = (0.0900306, 0.2447285, 0.6652410); −log 0.6652410 = 0.4076060.
        let (loss, correct, delta) = Self.evaluate([1, 2, 3], label: 2)
        #expect(abs(loss - 0.4076060) < 1e-6)
        #expect(correct == 1)
        for (d, e) in zip(delta, [0.0900306, 0.2447285, -0.3347590] as [Float]) { #expect(abs(d - e) < 1e-6) }
        let (_, wrong, scaled) = Self.evaluate([1, 2, 3], label: 0, scale: 0.5)
        #expect(wrong == 0)
        #expect(abs(scaled[0] - (0.0900306 - 1) / 2) < 1e-6)
    }

    @Test func largeLogitsStayFinite() {
        let (certain, _, _) = Self.evaluate([1000, 0, -1000], label: 0)
        #expect(certain == 0)
        let (hopeless, _, delta) = Self.evaluate([1000, 0, -1000], label: 1)
        #expect(hopeless == 1000)
        #expect(delta == [1, -1, 0])
    }

    @Test func probabilitiesSumToOne() {
        var p = [Float](repeating: 0, count: 6)
        let logits: [Float] = [0, 0, 0, 88, 89, -100]
        logits.withUnsafeBufferPointer { z in
            p.withUnsafeMutableBufferPointer { p in
                SoftmaxCrossEntropy.probabilities(logits: z.baseAddress!, stride: 3, classes: 3, rows: 2,
                                                  into: p.baseAddress!)
            }
        }
        #expect(p[0] == p[1] && abs(p[0] - 1.0 / 3) < 1e-6)
        #expect(abs(p[3] - 0.2689414) < 1e-6 && abs(p[4] - 0.7310586) < 1e-6)
    }
}
