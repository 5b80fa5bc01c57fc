import Foundation

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
