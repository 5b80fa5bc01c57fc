import ActivationCore
import GradingDriver

/// Lesson 10's driver, compiled together with the student's sources of this lesson: it answers
/// the checks' requests (see `GradingDriver`) and does nothing else.
@main
enum LessonDriver {
    static func main() {
        // Parameters: the activation (0 sigmoid, 1 tanh, 2 ReLU: the checks' own, correctly rounded
        // from Double, compiled in from CheckedActivations.swift), the layer count, the weights,
        // the biases. Gradients come back as [weights' count, biases' count, ∂x, ∂w…, ∂b…].
        func chain(_ p: [Float]) -> ScalarChain {
            let layers = Int(p[1])
            let activations: [any Activation] = [CheckedSigmoid(), CheckedTanh(), CheckedReLU()]
            return ScalarChain(weights: Array(p[2..<(2 + layers)]), biases: Array(p[(2 + layers)...]),
                               activation: activations[Int(p[0])])
        }
        GradingDriver.serve([
            "ScalarChain.forward": { p, x in chain(p).forward(x[0]) },
            "ScalarChain.gradients": { p, x in
                let g = chain(p).gradients(x[0])
                return [Float(g.weights.count), Float(g.biases.count), g.input] + g.weights + g.biases
            },
        ])
    }
}
