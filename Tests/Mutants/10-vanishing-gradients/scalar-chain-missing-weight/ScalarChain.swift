// Mistake: backpropagation passes δ to the layer below without the factor wᵢ (∂zᵢ/∂aᵢ₋₁ forgotten in the chain rule).
import ActivationCore

public struct ScalarChain: Sendable {
    public var weights: [Float]
    public var biases: [Float]
    public var activation: any Activation

    public init(weights: [Float], biases: [Float], activation: any Activation) {
        precondition(weights.count == biases.count, "one bias per weight")
        self.weights = weights
        self.biases = biases
        self.activation = activation
    }

    public func forward(_ x: Float) -> [Float] {
        var a = [x]
        for i in weights.indices {
            a.append(activation(weights[i] * a[i] + biases[i]))
        }
        return a
    }

    public func gradients(_ x: Float) -> (input: Float, weights: [Float], biases: [Float]) {
        let a = forward(x)
        var upstream: Float = 1
        var weightGradients = [Float](repeating: 0, count: weights.count)
        var biasGradients = weightGradients
        for i in weights.indices.reversed() {
            let delta = upstream * activation.derivative(weights[i] * a[i] + biases[i])
            weightGradients[i] = delta * a[i]
            biasGradients[i] = delta
            upstream = delta
        }
        return (upstream, weightGradients, biasGradients)
    }
}
