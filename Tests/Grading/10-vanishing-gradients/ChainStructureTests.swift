import GradingSupport
import Testing

extension VanishingGradientsGrading {
    /// Relations between the gradients that backpropagation must respect, checked on the
    /// student's own numbers, and chains nobody has seen, drawn from `GRADE_SEED`.
    @Suite("structure and random chains")
    struct Structure {
        @Test("∂a_L/∂b_L = f′(z_L), ∂a_L/∂wᵢ = aᵢ₋₁·∂a_L/∂bᵢ, and the empty chain gives (1, [], []) [1 pt]")
        func structure() {
            Check.run { check in
                let empty = ChainCase.empty.student.gradients(ChainCase.empty.x)
                if !(empty.input == 1 && empty.weights.isEmpty && empty.biases.isEmpty) {
                    check.fail("empty chain: gradients returned (\(Spelling.float(empty.input)), \(empty.weights.count) weights, "
                               + "\(empty.biases.count) biases), expected (1, [], [])",
                               hint: "with no layers the output is x itself: ∂a_L/∂x = 1 and there are no parameters (Hints 2 and 3 in Exercises/10-vanishing-gradients/README.md)")
                }
                for chain in [ChainCase.sigmoid, .tanh, .relu] {
                    let a = chain.student.forward(chain.x), g = chain.student.gradients(chain.x)
                    let layers = chain.weights.count
                    guard a.count == layers + 1, g.weights.count == layers, g.biases.count == layers else {
                        check.fail("\(chain.name): forward or gradients returned the wrong number of entries", hint: ChainHints.shape)
                        continue
                    }
                    let z = chain.weights[layers - 1] * a[layers - 1] + chain.biases[layers - 1]
                    let last = chain.activation.derivative(z)
                    if !ChainCase.close(g.biases[layers - 1], Double(last)) {
                        check.fail("\(chain.name): ∂a_L/∂b[\(layers - 1)] = \(Spelling.float(g.biases[layers - 1])) but f′(z_L) = \(Spelling.float(last))",
                                   hint: ChainHints.gradients)
                    }
                    for i in 0..<layers where !ChainCase.close(g.weights[i], Double(a[i]) * Double(g.biases[i])) {
                        check.fail("\(chain.name): ∂a_L/∂w[\(i)] = \(Spelling.float(g.weights[i])) but a[\(i)]·∂a_L/∂b[\(i)] = "
                                   + Spelling.double(Double(a[i]) * Double(g.biases[i])), hint: ChainHints.gradients)
                    }
                }
            }
        }

        /// Random weights, biases and inputs (multiples of 1/64, weights away from 0), skipping
        /// chains where a pre-activation comes within 0.05 of 0: there Float's rounding of
        /// wᵢ·aᵢ₋₁ + bᵢ could flip a ReLU or make a relative comparison meaningless.
        @Test("forward and gradients match Double backpropagation on random chains [2 pts]")
        func random() {
            Check.run { check in
                guard let seed = GradeSeed.current(for: &check) else { return }
                var random = RandomPoints(seed: seed, stream: "scalar-chain")
                let activations: [any DoubleActivation] = [CheckedSigmoid(), CheckedTanh(), CheckedReLU()]
                var graded = 0
                while graded < 30 {
                    let layers = Int.random(in: 1...8, using: &random)
                    let dyadic = { (range: ClosedRange<Double>) in (random.uniform(range) * 64).rounded() / 64 }
                    let weights = (0..<layers).map { _ in dyadic(0.25...2.5) * (Bool.random(using: &random) ? 1 : -1) }
                    let biases = (0..<layers).map { _ in dyadic(-1...1) }
                    let chain = ChainCase(weights: weights, biases: biases, activation: activations[graded % 3],
                                          x: dyadic(-2...2),
                                          note: " [weights \(Spelling.floats(weights)), biases \(Spelling.floats(biases)), GRADE_SEED=\(seed)]")
                    guard chain.reference.preActivations(chain.x).allSatisfy({ abs($0) >= 0.05 }) else { continue }
                    graded += 1
                    if chain.verifyForward(into: &check) { chain.verifyGradients(into: &check) }
                }
            }
        }
    }
}
