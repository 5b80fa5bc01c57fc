import GradingSupport
import Testing

extension VanishingGradientsGrading {
    /// The forward pass: aᵢ = f(wᵢ·aᵢ₋₁ + bᵢ), every activation kept.
    @Suite("forward pass")
    struct Forward {
        @Test("forward returns [x, a₁, …, a_L], also for the empty chain [1 pt]")
        func shape() {
            Check.run { check in
                for chain in [ChainCase.sigmoid, .relu, .empty] {
                    let a = chain.student.forward(chain.x)
                    if a.count != chain.weights.count + 1 {
                        check.fail("\(chain.name): forward returned \(a.count) activations, expected \(chain.weights.count + 1)",
                                   hint: ChainHints.shape)
                    } else if a[0] != chain.x {
                        check.fail("\(chain.name): a[0]: got \(Spelling.float(a[0])), expected x = \(Spelling.float(chain.x))",
                                   hint: ChainHints.shape)
                    }
                }
            }
        }

        @Test("forward matches a Double computation of sigmoid chains [2 pts]")
        func sigmoid() {
            Check.run { check in
                for chain in [ChainCase.sigmoid, .sigmoidWide] { chain.verifyForward(into: &check) }
            }
        }

        @Test("forward matches a Double computation of tanh and ReLU chains [1 pt]")
        func tanhAndReLU() {
            Check.run { check in
                for chain in [ChainCase.tanh, .relu] { chain.verifyForward(into: &check) }
            }
        }
    }
}
