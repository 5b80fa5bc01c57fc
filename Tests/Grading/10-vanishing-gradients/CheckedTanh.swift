import Foundation

/// tanh(x), evaluated in Double; tanh′ = 1/cosh².
struct CheckedTanh: DoubleActivation {
    var name: String { "tanh" }
    func value(_ x: Double) -> Double { tanh(x) }
    func slope(_ x: Double) -> Double { 1 / (cosh(x) * cosh(x)) }
}
