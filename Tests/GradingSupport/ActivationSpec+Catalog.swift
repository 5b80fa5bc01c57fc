/// The specs of every activation in the kit, at their default parameters unless given others.
extension ActivationSpec {
    public static let identity = ActivationSpec(
        name: "identity", symbol: "identity",
        value: Oracle.identity, derivative: Oracle.identityDerivative)

    public static let binaryStep = ActivationSpec(
        name: "binary-step", symbol: "binaryStep",
        value: Oracle.binaryStep, derivative: Oracle.binaryStepDerivative, kinks: [0])

    public static let arctan = ActivationSpec(
        name: "arctan", symbol: "arctan",
        value: Oracle.arctan, derivative: Oracle.arctanDerivative)

    public static let sigmoid = ActivationSpec(
        name: "sigmoid", symbol: "sigmoid",
        value: Oracle.sigmoid, derivative: Oracle.sigmoidDerivative,
        derivativeTolerance: { _ in Tolerance.tight.orAbsolute(Tolerance.oneMinusRounding) })

    public static let tanh = ActivationSpec(
        name: "tanh", symbol: "tanh",
        value: Oracle.tanh, derivative: Oracle.tanhDerivative,
        derivativeTolerance: { _ in Tolerance.tight.orAbsolute(Tolerance.oneMinusRounding) })

    public static let relu = ActivationSpec(
        name: "relu", symbol: "relu",
        value: Oracle.relu, derivative: Oracle.reluDerivative, kinks: [0])

    public static let leakyReLU = leakyReLU(alpha: 0.01, isDefault: true)
    public static func leakyReLU(alpha: Float, isDefault: Bool = false) -> ActivationSpec {
        ActivationSpec(
            name: "leaky-relu", symbol: isDefault ? "leakyReLU" : "leakyReLU[α=\(Spelling.float(alpha))]",
            value: { Oracle.leakyReLU($0, alpha: Double(alpha)) },
            derivative: { Oracle.leakyReLUDerivative($0, alpha: Double(alpha)) }, kinks: [0])
    }

    public static let prelu = prelu(alpha: 0.25, isDefault: true)
    public static func prelu(alpha: Float, isDefault: Bool = false) -> ActivationSpec {
        ActivationSpec(
            name: "prelu", symbol: isDefault ? "prelu" : "prelu[α=\(Spelling.float(alpha))]",
            value: { Oracle.leakyReLU($0, alpha: Double(alpha)) },
            derivative: { Oracle.leakyReLUDerivative($0, alpha: Double(alpha)) }, kinks: [0])
    }

    public static let elu = elu(alpha: 1, isDefault: true)
    public static func elu(alpha: Float, isDefault: Bool = false) -> ActivationSpec {
        ActivationSpec(
            name: "elu", symbol: isDefault ? "elu" : "elu[α=\(Spelling.float(alpha))]",
            value: { Oracle.elu($0, alpha: Double(alpha)) },
            derivative: { Oracle.eluDerivative($0, alpha: Double(alpha)) },
            derivativeTolerance: { _ in
                Tolerance.tight.orAbsolute(Tolerance.oneMinusRounding * max(1, Double(alpha)))
            },
            kinks: [0])
    }

    public static let selu = ActivationSpec(
        name: "selu", symbol: "selu",
        value: Oracle.selu, derivative: Oracle.seluDerivative,
        valueTolerance: { _ in .composite },
        derivativeTolerance: { _ in
            Tolerance.composite.orAbsolute(Tolerance.oneMinusRounding * Oracle.seluLambda * Oracle.seluAlpha)
        },
        kinks: [0])

    public static let softplus = ActivationSpec(
        name: "softplus", symbol: "softplus",
        value: Oracle.softplus, derivative: Oracle.softplusDerivative,
        valueTolerance: { _ in .composite },
        derivativeTolerance: { _ in Tolerance.tight.orAbsolute(Tolerance.oneMinusRounding) })

    public static let swish = swish(beta: 1, isDefault: true)
    /// Swish's derivative σ + βxσ(1 − σ) multiplies the 1 − σ rounding by βx, hence the
    /// absolute allowance growing with |βx|; with β ≠ 1 the product βx is itself rounded.
    public static func swish(beta: Float, isDefault: Bool = false) -> ActivationSpec {
        let rounding: @Sendable (Float) -> UInt64 = { x in
            beta == 1 ? 0 : Tolerance.argumentRounding(Double(beta) * Double(x))
        }
        return ActivationSpec(
            name: "swish", symbol: isDefault ? "swish" : "swish[β=\(Spelling.float(beta))]",
            value: { Oracle.swish($0, beta: Double(beta)) },
            derivative: { Oracle.swishDerivative($0, beta: Double(beta)) },
            valueTolerance: { x in Tolerance.composite.plusUlps(rounding(x)) },
            derivativeTolerance: { x in
                Tolerance.composite.plusUlps(rounding(x)).orAbsolute(
                    Tolerance.oneMinusRounding * max(1, abs(Double(beta) * Double(x))))
            })
    }

    /// Float cannot evaluate erfc(−x/√2) or e^(−x²/2) more accurately than the rounded argument
    /// allows: x/√2 costs two roundings in Float (the constant and the product, or √2 and the
    /// quotient), each up to 2⁻²⁴ relative, which erfc's logarithmic slope √2·|x| turns into up
    /// to x² ulps; the allowance is twice that, 2x² (see `argumentRounding`).
    public static let gelu = ActivationSpec(
        name: "gelu", symbol: "gelu",
        value: Oracle.gelu, derivative: Oracle.geluDerivative,
        valueTolerance: { x in
            Tolerance.composite.plusUlps(Tolerance.argumentRounding(2 * Double(x) * Double(x)))
        },
        derivativeTolerance: { x in
            Tolerance.composite.plusUlps(Tolerance.argumentRounding(2 * Double(x) * Double(x)))
                .orAbsolute(Tolerance.oneMinusRounding)
        })

    /// Mish′ = tanh(sp) + x·sech²(sp)·σ(x); its textbook form 1 − tanh² is scaled by x.
    public static let mish = ActivationSpec(
        name: "mish", symbol: "mish",
        value: Oracle.mish, derivative: Oracle.mishDerivative,
        valueTolerance: { _ in .composite },
        derivativeTolerance: { x in
            Tolerance.composite.orAbsolute(Tolerance.oneMinusRounding * max(1, abs(Double(x))))
        })
}
