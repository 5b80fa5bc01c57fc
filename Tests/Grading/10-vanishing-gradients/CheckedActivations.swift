// Also compiled into lesson 10's driver: the chains' activations must be the same on both sides.
import ActivationCore
import Foundation

/// An activation defined by Double formulas, whose Float interface is the correctly rounded
/// Double result. The reference chain uses the Double formulas directly, so a student's chain
/// can be compared with an exact computation of the same network.
protocol DoubleActivation: Activation {
    /// How failure messages name it.
    var name: String { get }
    func value(_ x: Double) -> Double
    func slope(_ x: Double) -> Double
}

extension DoubleActivation {
    func callAsFunction(_ x: Float) -> Float { Float(value(Double(x))) }
    func derivative(_ x: Float) -> Float { Float(slope(Double(x))) }
}

/// σ(x) = 1/(1 + e^−x), evaluated in Double without overflow.
struct CheckedSigmoid: DoubleActivation {
    var name: String { "sigmoid" }

    func value(_ x: Double) -> Double {
        let e = exp(-abs(x))
        return x >= 0 ? 1 / (1 + e) : e / (1 + e)
    }

    func slope(_ x: Double) -> Double {
        let e = exp(-abs(x))
        return e / ((1 + e) * (1 + e))
    }
}

/// tanh(x), evaluated in Double; tanh′ = 1/cosh².
struct CheckedTanh: DoubleActivation {
    var name: String { "tanh" }
    func value(_ x: Double) -> Double { tanh(x) }
    func slope(_ x: Double) -> Double { 1 / (cosh(x) * cosh(x)) }
}

/// max(0, x), with ReLU′(0) = 0.
struct CheckedReLU: DoubleActivation {
    var name: String { "relu" }
    func value(_ x: Double) -> Double { x > 0 ? x : 0 }
    func slope(_ x: Double) -> Double { x > 0 ? 1 : 0 }
}
