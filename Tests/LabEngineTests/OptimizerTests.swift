import Foundation
import Testing
@testable import LabEngine

/// Two optimizer steps on two parameters, against values worked out by hand in the test.
@Suite struct OptimizerTests {
    /// Runs `steps` gradients through `optimizer` on a 16-long block whose first two elements
    /// start at 0.5 and −1 (the rest stay zero with zero gradient).
    static func run(_ configuration: OptimizerConfiguration, gradients: [[Float]]) -> [Float] {
        var optimizer = Optimizer(configuration)
        let w = FloatBuffer(count: 16), g = FloatBuffer(count: 16)
        let m = FloatBuffer(count: 16), v = FloatBuffer(count: 16)
        w.pointer[0] = 0.5
        w.pointer[1] = -1
        for step in gradients {
            g.pointer[0] = step[0]
            g.pointer[1] = step[1]
            optimizer.begin()
            optimizer.update(w.pointer, gradient: g.pointer, first: m.pointer, second: v.pointer, count: 16)
        }
        #expect((2..<16).allSatisfy { w.pointer[$0] == 0 }, "zero-gradient padding never moves")
        return [w.pointer[0], w.pointer[1]]
    }

    @Test func adamFollowsKerasUpdate() {
        let w = Self.run(.adam(), gradients: [[0.2, -0.4], [0.1, 0.3]])
        // Keras: m = β1·m + (1−β1)·g, v = β2·v + (1−β2)·g², lr_t = lr·√(1−β2ᵗ)/(1−β1ᵗ),
        // w −= lr_t·m/(√v + ε), with lr 1e-3, β1 0.9, β2 0.999, ε 1e-7.
        func expected(_ w0: Double, _ g1: Double, _ g2: Double) -> Double {
            let m1 = 0.1 * g1, v1 = 0.001 * g1 * g1
            let w1 = w0 - 1e-3 * sqrt(1 - 0.999) / (1 - 0.9) * m1 / (sqrt(v1) + 1e-7)
            let m2 = 0.9 * m1 + 0.1 * g2, v2 = 0.999 * v1 + 0.001 * g2 * g2
            return w1 - 1e-3 * sqrt(1 - 0.999 * 0.999) / (1 - 0.9 * 0.9) * m2 / (sqrt(v2) + 1e-7)
        }
        #expect(abs(Double(w[0]) - expected(0.5, 0.2, 0.1)) < 1e-6)
        #expect(abs(Double(w[1]) - expected(-1, -0.4, 0.3)) < 1e-6)
    }

    @Test func sgdWithMomentum() {
        // v1 = −0.1·g1, w1 = w0 + v1; v2 = 0.9·v1 − 0.1·g2, w2 = w1 + v2:
        // 0.5 → 0.48 → 0.452 and −1 → −0.96 → −0.954.
        let w = Self.run(.sgd(learningRate: 0.1, momentum: 0.9), gradients: [[0.2, -0.4], [0.1, 0.3]])
        #expect(abs(w[0] - 0.452) < 1e-6)
        #expect(abs(w[1] - -0.954) < 1e-6)
    }

    @Test func plainSGD() {
        let w = Self.run(.sgd(learningRate: 0.5), gradients: [[0.2, -0.4]])
        #expect(abs(w[0] - 0.4) < 1e-7)
        #expect(abs(w[1] - -0.8) < 1e-7)
    }
}
