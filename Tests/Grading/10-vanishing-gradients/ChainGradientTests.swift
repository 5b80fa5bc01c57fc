import GradingSupport
import Testing

extension VanishingGradientsGrading {
    /// Backpropagation: ∂a_L/∂x, ∂a_L/∂wᵢ and ∂a_L/∂bᵢ for every layer.
    @Suite("gradients")
    struct Gradients {
        @Test("gradients match Double backpropagation through sigmoid chains [3 pts]")
        func sigmoid() {
            Check.run { check in
                for chain in [ChainCase.sigmoid, .sigmoidWide] { chain.verifyGradients(into: &check) }
            }
        }

        @Test("gradients match Double backpropagation through a tanh chain with negative weights [2 pts]")
        func tanh() { Check.run { ChainCase.tanh.verifyGradients(into: &$0) } }

        @Test("gradients match Double backpropagation through a ReLU chain [1 pt]")
        func relu() { Check.run { ChainCase.relu.verifyGradients(into: &$0) } }

        @Test("gradients are the slopes of your own forward pass [3 pts]")
        func slopes() {
            Check.run { check in
                for chain in [ChainCase.sigmoid, .sigmoidWide, .tanh, .relu] { chain.verifySlopes(into: &check) }
            }
        }
    }
}
