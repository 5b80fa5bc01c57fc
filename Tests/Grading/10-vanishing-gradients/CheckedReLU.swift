/// max(0, x), with ReLU′(0) = 0.
struct CheckedReLU: DoubleActivation {
    var name: String { "relu" }
    func value(_ x: Double) -> Double { x > 0 ? x : 0 }
    func slope(_ x: Double) -> Double { x > 0 ? 1 : 0 }
}
