/// What a failing chain check most likely means.
enum ChainHints {
    static let shape =
        "forward(x) returns every activation [a₀ = x, a₁, …, a_L]: one more entry than there are layers, starting with x itself; gradients returns one weight and one bias gradient per layer (Hint 1 in Exercises/10-vanishing-gradients/README.md)"
    static let forward =
        "each layer computes aᵢ = f(wᵢ·aᵢ₋₁ + bᵢ) from the previous activation, starting from a₀ = x, in layer order (Hint 1 in Exercises/10-vanishing-gradients/README.md)"
    static let gradients =
        "backpropagate δᵢ = ∂a_L/∂zᵢ from the output: δ_L = f′(z_L), δᵢ = δᵢ₊₁·wᵢ₊₁·f′(zᵢ); then ∂a_L/∂wᵢ = δᵢ·aᵢ₋₁, ∂a_L/∂bᵢ = δᵢ and ∂a_L/∂x = δ₁·w₁. Forgetting the factor wᵢ₊₁ when passing δ back is the classic slip (Hints 2 and 3 in Exercises/10-vanishing-gradients/README.md)"
    static let slope =
        "your gradients disagree with the slope of your own forward pass: nudge a weight, a bias or x and the output should change by gradient × nudge; check every factor of the chain rule (f′ at zᵢ, not at aᵢ, and the weight of the layer above) (Hints 2 and 3 in Exercises/10-vanishing-gradients/README.md)"
    static let vanishing =
        "in a deep sigmoid chain every layer multiplies the gradient by wᵢ·σ′(zᵢ) ≤ |wᵢ|/4, so it shrinks geometrically towards the input; compute it by the chain rule in Float without rescaling, and evaluate f′ at the pre-activation zᵢ (Hints 2 and 3 in Exercises/10-vanishing-gradients/README.md)"
    static let deadReLU =
        "a ReLU unit with zᵢ ≤ 0 outputs 0 and has ReLU′(zᵢ) = 0, so it passes back exactly 0: every gradient below it (and its own weight and bias gradients) must be exactly 0.0, while the layers above still learn (Hint 3 in Exercises/10-vanishing-gradients/README.md)"
}
