import GradingSupport
import Testing

extension VanishingGradientsGrading {
    /// What the lesson is about: in 30 sigmoid layers the gradient all but disappears.
    @Suite("vanishing gradients")
    struct DeepChain {
        let chain = ChainCase.deepSigmoid

        @Test("a 30-layer sigmoid chain's input gradient vanishes and still matches Double [2 pts]")
        func inputGradient() {
            Check.run { check in
                chain.verifyGradients(hint: ChainHints.vanishing, into: &check)
                let input = chain.student.gradients(chain.x).input
                if !(input.magnitude < 1e-12 && input != 0) {
                    check.fail("\(chain.name): ∂a_L/∂x = \(Spelling.float(input)), expected a tiny non-zero number "
                               + "(|∂a_L/∂x| ≤ (1.5/4)³⁰ ≈ 1.6e-13)", hint: ChainHints.vanishing)
                }
            }
        }

        @Test("in the 30-layer chain, bias gradients shrink layer by layer towards the input [1 pt]")
        func layerByLayer() {
            Check.run { check in
                let biases = chain.student.gradients(chain.x).biases
                guard biases.count == chain.weights.count else {
                    check.fail("\(chain.name): gradients returned \(biases.count) bias gradients, expected \(chain.weights.count)",
                               hint: ChainHints.shape)
                    return
                }
                for i in 1..<biases.count where !(biases[i - 1].magnitude < biases[i].magnitude) {
                    check.fail("\(chain.name): |∂a_L/∂b[\(i - 1)]| = \(Spelling.float(biases[i - 1].magnitude)) is not below "
                               + "|∂a_L/∂b[\(i)]| = \(Spelling.float(biases[i].magnitude))",
                               hint: ChainHints.vanishing)
                }
            }
        }
    }
}
