/// The chain aᵢ = f(wᵢ·aᵢ₋₁ + bᵢ) computed in Double: forward pass and backpropagation written
/// out independently of any student code, for the same Float weights and biases.
struct ReferenceChain {
    let weights: [Float]
    let biases: [Float]
    let activation: any DoubleActivation

    /// [a₀ = x, a₁, …, a_L].
    func forward(_ x: Float) -> [Double] {
        var a = [Double(x)]
        for (w, b) in zip(weights, biases) {
            a.append(activation.value(Double(w) * a[a.count - 1] + Double(b)))
        }
        return a
    }

    /// [z₁, …, z_L], the pre-activations zᵢ = wᵢ·aᵢ₋₁ + bᵢ.
    func preActivations(_ x: Float) -> [Double] {
        let a = forward(x)
        return weights.indices.map { Double(weights[$0]) * a[$0] + Double(biases[$0]) }
    }

    /// ∂a_L/∂x and ∂a_L/∂wᵢ, ∂a_L/∂bᵢ: the chain rule applied from the output backwards,
    /// with δᵢ = ∂a_L/∂zᵢ = δᵢ₊₁·wᵢ₊₁·f′(zᵢ).
    func gradients(_ x: Float) -> (input: Double, weights: [Double], biases: [Double]) {
        let a = forward(x)
        var upstream = 1.0  // ∂a_L/∂aᵢ
        var weightGradients = [Double](repeating: 0, count: weights.count)
        var biasGradients = weightGradients
        for i in weights.indices.reversed() {
            let z = Double(weights[i]) * a[i] + Double(biases[i])
            let delta = upstream * activation.slope(z)
            weightGradients[i] = delta * a[i]
            biasGradients[i] = delta
            upstream = delta * Double(weights[i])
        }
        return (upstream, weightGradients, biasGradients)
    }
}
