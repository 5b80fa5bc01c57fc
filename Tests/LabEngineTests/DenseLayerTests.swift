import ActivationCore
import Foundation
import Testing
@testable import LabEngine
import LabData

/// The fused bias + activation pass and its statistics, on a 3-input, 5-unit tanh layer.
@Suite struct DenseLayerTests {
    @Test func forwardAppliesBiasActivationAndStatistics() {
        var generator = SeededGenerator(seed: 5)
        let f = TestActivations.Tanh()
        let layer = DenseLayer(inputWidth: 3, inputStride: 8, width: 5, activation: f,
                               initializer: .glorot, generator: &generator)
        layer.reserve(rows: 8)
        let weights: [[Float]] = [[0.5, -1, 2, 0, 10], [1, 1, -1, 0, 10], [-2, 0.5, 0, 0, 10]]
        let bias: [Float] = [0.1, -0.2, 0, -1, 0]
        for p in 0..<3 { for j in 0..<5 { layer.weights.pointer[p * layer.stride + j] = weights[p][j] } }
        for j in 0..<5 { layer.bias.pointer[j] = bias[j] }
        let inputs: [[Float]] = [[1, 2, 3], [-1, 0.5, 0.45]]
        let input = FloatBuffer(count: 8 * 8)
        for i in 0..<2 { for p in 0..<3 { input.pointer[i * 8 + p] = inputs[i][p] } }
        for i in 2..<8 { input.pointer[i * 8] = 7 }    // garbage in rows past the batch
        layer.forward(input: input.pointer, rows: 8, valid: 2, training: true)
        for i in 0..<2 {
            for j in 0..<5 {
                var z = Double(bias[j])
                for p in 0..<3 { z += Double(inputs[i][p]) * Double(weights[p][j]) }
                #expect(abs(Double(layer.outputs.pointer[i * layer.stride + j]) - tanh(z)) < 1e-6)
                #expect(abs(Double(layer.derivatives.pointer[i * layer.stride + j]) - (1 - tanh(z) * tanh(z))) < 1e-5)
            }
        }
        for i in 0..<8 {
            for j in 0..<layer.stride where i >= 2 || j >= 5 {
                #expect(layer.outputs.pointer[i * layer.stride + j] == 0, "padding row \(i) column \(j)")
                #expect(layer.derivatives.pointer[i * layer.stride + j] == 0)
            }
        }
        // z per unit: (−3.4, −0.8), (2.3, 1.525), (0, −2.5), (−1, −1), (60, −0.5); tanh′ < 0.05
        // (5% of its peak slope) at −3.4, 2.3, −2.5 and 60.
        #expect((0..<5).map { layer.everPositive.pointer[$0] } == [0, 1, 0, 0, 1])
        #expect((0..<5).map { layer.saturatedCounts.pointer[$0] } == [1, 1, 1, 0, 1])
    }

    @Test func familiesAndThresholds() {
        #expect(ActivationFamily(probing: TestActivations.Sigmoid()) == .saturating)
        #expect(ActivationFamily(probing: TestActivations.Tanh()) == .saturating)
        #expect(ActivationFamily(probing: TestActivations.ReLU()) == .rectifier)
        #expect(abs(ActivationFamily.saturationThreshold(of: TestActivations.Sigmoid()) - 0.0125) < 1e-7)
        #expect(ActivationFamily.saturationThreshold(of: TestActivations.ReLU()) == 0.05)
    }

    @Test(arguments: [WeightInitializer.glorot, .he])
    func initializerLimits(initializer: WeightInitializer) {
        let network = Network(inputCount: 50, hidden: [HiddenLayer(width: 30, name: "relu", activation: TestActivations.ReLU())],
                              classCount: 4, initializer: initializer, seed: 9)
        let limit: Float = initializer == .glorot ? (6.0 / 80).squareRoot() : (6.0 / 50).squareRoot()
        let w = network.weights(layer: 0)
        #expect(w.count == 1500)
        #expect(w.allSatisfy { abs($0) <= limit })
        #expect(w.map(abs).max()! > 0.95 * limit)
        #expect(abs(w.reduce(0, +) / Float(w.count)) < 0.1 * limit)
        #expect(network.biases(layer: 0).allSatisfy { $0 == 0 } && network.biases(layer: 1).allSatisfy { $0 == 0 })
        #expect(network.description.parameterCount == 50 * 30 + 30 + 30 * 4 + 4)
    }

    /// LeCun normal: mean 0, variance 1/fan_in (the truncation's shrinkage undone), nothing
    /// beyond two of the untruncated draw's standard deviations, and the same draws for the same seed.
    @Test func lecunNormalHasVarianceOneOverFanIn() {
        func draw(seed: UInt64) -> [Float] {
            Network(inputCount: 400, hidden: [HiddenLayer(width: 100, name: "selu", activation: TestActivations.Tanh())],
                    classCount: 2, initializer: .lecun, seed: seed).weights(layer: 0)
        }
        let w = draw(seed: 3).map(Double.init)
        let variance = w.reduce(0) { $0 + $1 * $1 } / Double(w.count)
        let bound = 2 * (1.0 / 400).squareRoot() / 0.87962566103423978
        #expect(abs(variance * 400 - 1) < 0.03, "variance × fan_in = \(variance * 400)")
        #expect(abs(w.reduce(0, +) / Double(w.count)) < 0.002)
        #expect(w.allSatisfy { abs($0) <= bound + 1e-6 } && w.contains { abs($0) > 0.97 * bound })
        #expect(draw(seed: 3) == draw(seed: 3).map { $0 } && draw(seed: 4) != draw(seed: 3))
        #expect(WeightInitializer.lecun.distribution == "truncated normal" && WeightInitializer.he.distribution == "uniform")
    }

    /// Batch normalisation in training standardises each unit over the batch (mean 0, variance
    /// σ²/(σ² + ε)) and moves the running averages by Keras' rule; in evaluation it uses them.
    @Test func batchNormalizationTrainsOnBatchStatisticsAndPredictsWithRunningOnes() {
        var generator = SeededGenerator(seed: 5)
        let layer = DenseLayer(inputWidth: 1, inputStride: 8, width: 2, activation: Identity(), normalization: .batch,
                               initializer: .glorot, generator: &generator)
        layer.reserve(rows: 8)
        layer.weights.pointer[0] = 1
        layer.weights.pointer[1] = 2
        let input = FloatBuffer(count: 8 * 8)
        let xs: [Float] = [1, 2, 3, 6]
        for (i, x) in xs.enumerated() { input.pointer[i * 8] = x }
        layer.forward(input: input.pointer, rows: 8, valid: 4, training: true)
        let bn = try! #require(layer.normalization)
        for j in 0..<2 {
            let z = xs.map { Double($0) * Double(j + 1) }
            let mean = z.reduce(0, +) / 4, variance = z.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 4
            let out = (0..<4).map { Double(layer.outputs.pointer[$0 * layer.stride + j]) }
            for i in 0..<4 {
                #expect(abs(out[i] - (z[i] - mean) / (variance + 1e-3).squareRoot()) < 1e-5, "unit \(j), example \(i)")
            }
            #expect(abs(Double(bn.runningMean.pointer[j]) - 0.01 * mean) < 1e-6)
            #expect(abs(Double(bn.runningVariance.pointer[j]) - (0.99 + 0.01 * variance)) < 1e-5)
            for i in 4..<8 { #expect(layer.outputs.pointer[i * layer.stride + j] == 0, "padding row \(i)") }
        }
        // Evaluation: the running statistics, not the batch's, so one example predicts alone.
        layer.forward(input: input.pointer, rows: 8, valid: 1, training: false)
        let expected = (1 - 0.01 * 3) / (Double(bn.runningVariance.pointer[0]) + 1e-3).squareRoot()
        #expect(abs(Double(layer.outputs.pointer[0]) - expected) < 1e-5)
    }

    struct Identity: Activation {
        func callAsFunction(_ x: Float) -> Float { x }
        func derivative(_ x: Float) -> Float { 1 }
    }
}
