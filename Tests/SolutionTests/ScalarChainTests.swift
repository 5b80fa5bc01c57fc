import ActivationCatalog
import Foundation
import Lesson10VanishingGradients
import Testing

/// The Solution's backpropagation against two independent Double computations written here:
/// forward-mode differentiation (each derivative carried along the chain from the input side,
/// the opposite order to backpropagation) and central differences of a Double forward pass.
@Suite("ScalarChain Solution")
struct ScalarChainTests {
    /// A smooth activation in Double, for the reference computations.
    struct DoubleActivation: Sendable {
        let name: String
        let value: @Sendable (Double) -> Double
        let derivative: @Sendable (Double) -> Double
    }

    static let activations = [
        DoubleActivation(name: "tanh", value: { tanh($0) }, derivative: { 1 / (cosh($0) * cosh($0)) }),
        DoubleActivation(name: "sigmoid", value: { 1 / (1 + exp(-$0)) },
                         derivative: { exp(-$0) / ((1 + exp(-$0)) * (1 + exp(-$0))) }),
        DoubleActivation(name: "softplus", value: { log1p(exp($0)) }, derivative: { 1 / (1 + exp(-$0)) }),
    ]

    static let weights: [Float] = [0.9, -1.3, 0.7, 1.1, -0.8, 1.6]
    static let biases: [Float] = [0.1, -0.2, 0.3, 0.05, -0.15, 0.25]
    static let inputs: [Float] = [-1.5, 0.4, 2.25]

    /// The chain in Double: every activation, and every derivative of the output by
    /// forward-mode differentiation.
    static func reference(_ f: DoubleActivation, weights: [Double], biases: [Double], x: Double)
        -> (output: Double, input: Double, weights: [Double], biases: [Double]) {
        var a = x
        var dInput = 1.0                                     // ∂a/∂x so far
        var dWeights = [Double](repeating: 0, count: weights.count)   // ∂a/∂wₖ so far
        var dBiases = [Double](repeating: 0, count: weights.count)    // ∂a/∂bₖ so far
        for i in weights.indices {
            let z = weights[i] * a + biases[i]
            let slope = f.derivative(z)
            for k in 0..<i {
                dWeights[k] = slope * weights[i] * dWeights[k]
                dBiases[k] = slope * weights[i] * dBiases[k]
            }
            dWeights[i] = slope * a
            dBiases[i] = slope
            dInput *= slope * weights[i]
            a = f.value(z)
        }
        return (a, dInput, dWeights, dBiases)
    }

    static func output(_ f: DoubleActivation, weights: [Double], biases: [Double], x: Double) -> Double {
        zip(weights, biases).reduce(x) { a, layer in f.value(layer.0 * a + layer.1) }
    }

    /// |got − expected| within a relative 1e-5 (about 80 Float ulps, for six layers of Float
    /// roundings amplified by the weights) or an absolute 1e-7.
    static func close(_ got: Float, _ expected: Double, relative: Double = 1e-5) -> Bool {
        abs(Double(got) - expected) <= max(relative * abs(expected), 1e-7)
    }

    @Test("gradients match forward-mode differentiation in Double", arguments: activations, inputs)
    func matchesForwardMode(f: DoubleActivation, x: Float) throws {
        let activation = try #require(ActivationCatalog.activation(named: f.name))
        let chain = ScalarChain(weights: Self.weights, biases: Self.biases, activation: activation)
        let expected = Self.reference(f, weights: Self.weights.map(Double.init),
                                      biases: Self.biases.map(Double.init), x: Double(x))
        let forward = chain.forward(x)
        #expect(forward.count == Self.weights.count + 1)
        #expect(forward.first == x)
        #expect(Self.close(forward.last!, expected.output), "\(f.name) output \(forward.last!) vs \(expected.output)")
        let got = chain.gradients(x)
        #expect(Self.close(got.input, expected.input), "\(f.name) ∂a/∂x: got \(got.input), expected \(expected.input)")
        for i in Self.weights.indices {
            #expect(Self.close(got.weights[i], expected.weights[i]),
                    "\(f.name) ∂a/∂w\(i): got \(got.weights[i]), expected \(expected.weights[i])")
            #expect(Self.close(got.biases[i], expected.biases[i]),
                    "\(f.name) ∂a/∂b\(i): got \(got.biases[i]), expected \(expected.biases[i])")
        }
    }

    @Test("gradients match central differences in Double", arguments: activations, inputs)
    func matchesCentralDifferences(f: DoubleActivation, x: Float) throws {
        let activation = try #require(ActivationCatalog.activation(named: f.name))
        let got = ScalarChain(weights: Self.weights, biases: Self.biases, activation: activation).gradients(x)
        let w = Self.weights.map(Double.init), b = Self.biases.map(Double.init)
        let h = 1e-6
        func difference(_ output: (Double) -> Double) -> Double { (output(h) - output(-h)) / (2 * h) }
        let dx = difference { Self.output(f, weights: w, biases: b, x: Double(x) + $0) }
        #expect(Self.close(got.input, dx, relative: 1e-4), "\(f.name) ∂a/∂x: got \(got.input), differences \(dx)")
        for i in w.indices {
            var shifted = w
            let dw = difference { shifted[i] = w[i] + $0; return Self.output(f, weights: shifted, biases: b, x: Double(x)) }
            var shiftedB = b
            let db = difference { shiftedB[i] = b[i] + $0; return Self.output(f, weights: w, biases: shiftedB, x: Double(x)) }
            #expect(Self.close(got.weights[i], dw, relative: 1e-4), "\(f.name) ∂a/∂w\(i): got \(got.weights[i]), differences \(dw)")
            #expect(Self.close(got.biases[i], db, relative: 1e-4), "\(f.name) ∂a/∂b\(i): got \(got.biases[i]), differences \(db)")
        }
    }

    @Test("a deep sigmoid chain's gradient vanishes as the Double product says")
    func vanishingGradient() throws {
        let sigmoid = try #require(ScalarChainTests.activations.first { $0.name == "sigmoid" })
        let depth = 30
        let weights = [Float](repeating: 1, count: depth), biases = [Float](repeating: 0, count: depth)
        let chain = ScalarChain(weights: weights, biases: biases,
                                activation: try #require(ActivationCatalog.activation(named: "sigmoid")))
        let expected = Self.reference(sigmoid, weights: weights.map(Double.init),
                                      biases: biases.map(Double.init), x: 0.5)
        let got = chain.gradients(0.5)
        #expect(expected.input < 1e-18, "thirty sigmoid layers shrink the gradient below 4⁻³⁰")
        #expect(abs(Double(got.input) - expected.input) <= 1e-4 * expected.input,
                "∂a/∂x: got \(got.input), expected \(expected.input)")
    }

    @Test("an empty chain is the identity")
    func emptyChain() throws {
        let chain = ScalarChain(weights: [], biases: [],
                                activation: try #require(ActivationCatalog.activation(named: "tanh")))
        #expect(chain.forward(3) == [3])
        let got = chain.gradients(3)
        #expect(got.input == 1 && got.weights.isEmpty && got.biases.isEmpty)
    }
}

extension ScalarChainTests.DoubleActivation: CustomTestStringConvertible {
    var testDescription: String { name }
}
