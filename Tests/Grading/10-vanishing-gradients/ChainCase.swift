import GradingSupport


/// One chain to grade: weights, biases, a checked activation and an input, with the student's
/// `ScalarChain` and the Double `ReferenceChain` built from the same numbers.
///
/// Weights, biases and inputs are multiples of 1/64, so that nudging any of them by the slope
/// step 2⁻⁷ is exact.
struct ChainCase {
    let weights: [Float]
    let biases: [Float]
    let activation: any DoubleActivation
    let x: Float
    /// Appended to the chain's name in messages (e.g. the parameters of a random chain).
    var note = ""

    var student: ScalarChain { ScalarChain(weights: weights, biases: biases, activation: activation) }
    var reference: ReferenceChain { ReferenceChain(weights: weights, biases: biases, activation: activation) }
    var name: String { "\(activation.name) chain (\(weights.count) layers) at x = \(Spelling.float(x))\(note)" }

    /// Float rounding, a few ulps per layer (each ≈ 6e-8 relative), compounds along the chain;
    /// 1e-4 relative allows hundreds of ulps even for 30 layers, yet every wrong formula (a
    /// missing factor wᵢ or f′, f′ at the wrong point) is off by tens of percent.
    static let relativeTolerance = 1e-4

    static func close(_ got: Float, _ expected: Double) -> Bool {
        got.isFinite && abs(Double(got) - expected) <= relativeTolerance * abs(expected) + 1e-37
    }

    /// The forward pass against the reference; returns whether its shape was right.
    @discardableResult
    func verifyForward(into check: inout Check) -> Bool {
        let got = student.forward(x), expected = reference.forward(x)
        guard got.count == expected.count else {
            check.fail("\(name): forward returned \(got.count) activations, expected \(expected.count)",
                       hint: ChainHints.shape)
            return false
        }
        for i in got.indices where !Self.close(got[i], expected[i]) {
            check.fail("\(name): a[\(i)]: got \(Spelling.float(got[i])), expected \(Spelling.double(expected[i]))",
                       hint: i == 0 ? ChainHints.shape : ChainHints.forward)
        }
        return true
    }

    /// Every gradient against the reference.
    func verifyGradients(hint: String = ChainHints.gradients, into check: inout Check) {
        let got = student.gradients(x), expected = reference.gradients(x)
        guard got.weights.count == weights.count, got.biases.count == biases.count else {
            check.fail("\(name): gradients returned \(got.weights.count) weight and \(got.biases.count) bias "
                       + "gradients, expected \(weights.count) of each", hint: ChainHints.shape)
            return
        }
        let pairs = [("∂a_L/∂x", got.input, expected.input)]
            + weights.indices.map { ("∂a_L/∂w[\($0)]", got.weights[$0], expected.weights[$0]) }
            + biases.indices.map { ("∂a_L/∂b[\($0)]", got.biases[$0], expected.biases[$0]) }
        for (what, value, exact) in pairs where !Self.close(value, exact) {
            check.fail("\(name): \(what): got \(Spelling.float(value)), expected \(Spelling.double(exact))", hint: hint)
        }
    }

    /// Every gradient against central differences of the student's own forward pass.
    func verifySlopes(into check: inout Check) {
        let h: Float = 0x1p-7
        let got = student.gradients(x)
        guard got.weights.count == weights.count, got.biases.count == biases.count else {
            check.fail("\(name): gradients returned \(got.weights.count) weight and \(got.biases.count) bias "
                       + "gradients, expected \(weights.count) of each", hint: ChainHints.shape)
            return
        }
        let output = { (chain: ScalarChain, input: Float) -> Float in chain.forward(input).last ?? .nan }
        var nudges: [(String, Float, (Float) -> Float)] = [("∂a_L/∂x", got.input, { output(student, x + $0) })]
        for i in weights.indices {
            nudges.append(("∂a_L/∂w[\(i)]", got.weights[i], { t in
                var chain = student
                chain.weights[i] += t
                return output(chain, x)
            }))
            nudges.append(("∂a_L/∂b[\(i)]", got.biases[i], { t in
                var chain = student
                chain.biases[i] += t
                return output(chain, x)
            }))
        }
        for (what, gradient, f) in nudges {
            let slope = Slope.central(f, at: 0, step: h)
            if !Slope.agrees(gradient, with: slope, noise: Slope.noise(f, at: 0, step: h)) {
                check.fail("\(name): " + Slope.describe(what, derivative: gradient, slope: slope, step: h),
                           hint: gradient.isFinite ? ChainHints.slope : Hints.notFinite)
            }
        }
    }
}

extension ChainCase {
    static let sigmoid = ChainCase(weights: [1.5, -0.75, 2.25], biases: [0.25, 0.5, -0.125],
                                   activation: CheckedSigmoid(), x: 0.5)
    static let sigmoidWide = ChainCase(weights: [3, 0.5, -2.5, 1.25], biases: [-1, 0.75, 0.25, 0.5],
                                       activation: CheckedSigmoid(), x: -1.25)
    static let tanh = ChainCase(weights: [0.75, -1.5, 2, 1.25], biases: [0.125, 0.25, -0.5, 0.375],
                                activation: CheckedTanh(), x: 0.75)
    /// Every pre-activation stays at least 0.1 away from ReLU's kink, so slopes are well defined.
    static let relu = ChainCase(weights: [1.5, 0.75, 2, -0.5], biases: [0.25, -0.5, 0.125, 2],
                                activation: CheckedReLU(), x: 1)
    /// 30 layers of σ: the input gradient is below 0.375³⁰ ≈ 1e-13.
    static let deepSigmoid = ChainCase(weights: Array(repeating: 1.5, count: 30),
                                       biases: (0..<30).map { Float($0 % 3 - 1) / 4 },
                                       activation: CheckedSigmoid(), x: 0.5)
    /// No layers at all: forward(x) = [x] and the gradients are (1, [], []).
    static let empty = ChainCase(weights: [], biases: [], activation: CheckedSigmoid(), x: 0.75)
    /// Layer 2 gets z = −3.75 and dies; layers 3 and 4 still learn from their biases.
    static let deadReLU = ChainCase(weights: [1.5, -2, 0.5, 1.25], biases: [0.125, -0.5, 1, 0.25],
                                    activation: CheckedReLU(), x: 1)
}
