import GradingSupport
import Testing

extension VanishingGradientsGrading {
    /// A dead ReLU unit blocks every gradient below it: exactly, not approximately.
    @Suite("dead ReLU")
    struct DeadReLU {
        let chain = ChainCase.deadReLU

        @Test("a dead ReLU passes back exactly 0, while the layers above it still learn [2 pts]")
        func deadUnit() {
            Check.run { check in
                let got = chain.student.gradients(chain.x)
                guard got.weights.count == 4, got.biases.count == 4 else {
                    check.fail("\(chain.name): gradients returned \(got.weights.count) weight and \(got.biases.count) bias gradients, expected 4 of each",
                               hint: ChainHints.shape)
                    return
                }
                // Layer 2 (index 1) is dead, and a₂ = 0 makes layer 3's weight gradient 0 too.
                let zeros = [("∂a_L/∂x", got.input), ("∂a_L/∂w[0]", got.weights[0]), ("∂a_L/∂b[0]", got.biases[0]),
                             ("∂a_L/∂w[1]", got.weights[1]), ("∂a_L/∂b[1]", got.biases[1]), ("∂a_L/∂w[2]", got.weights[2])]
                for (what, value) in zeros where value != 0 {
                    check.fail("\(chain.name): \(what): got \(Spelling.float(value)), expected exactly 0", hint: ChainHints.deadReLU)
                }
                chain.verifyGradients(hint: ChainHints.deadReLU, into: &check)
            }
        }
    }
}
