import ActivationCore

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
