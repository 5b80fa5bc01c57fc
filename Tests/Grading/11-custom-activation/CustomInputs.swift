/// The inputs the custom-activation checks use.
enum CustomInputs {
    /// Every scale of Float, both signs: what "every finite input" means in practice.
    static let everyScale: [Float] = {
        let magnitudes: [Float] = [0, .leastNonzeroMagnitude, 1e-38, 1e-20, 1e-7, 1e-3, 0.1, 0.5, 1, 1.5, 2, 3,
                                   5, 8, 13, 20, 40, 88, 89, 100, 500, 1e3, 1e4, 1e6, 1e10, 1e20, 1e30,
                                   .greatestFiniteMagnitude]
        return magnitudes.flatMap { [$0, -$0] }
    }()

    /// Multiples of 1/16 in [−8, 8], plus larger multiples, so that x ± 2⁻⁷ is exact.
    static let slopeGrid: [Float] = (-128...128).map { Float($0) / 16 }
        + [10, 12, 16, 20, 30, 50].flatMap { [$0, -$0] }

    /// The grid on which shapes are compared with the built-ins: [−6, 6] in steps of 1/8.
    static let shapeGrid: [Double] = (-48...48).map { Double($0) / 8 }
}
