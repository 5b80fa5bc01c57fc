import Foundation

/// A small, fast, seeded random generator (SplitMix64), so that every random check is
/// reproducible from its seed (the standard library's default generator cannot be seeded).
public struct RandomPoints: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64, stream: String) {
        // Each check draws from its own stream, so adding a check never changes another's points.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in stream.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        state = seed ^ hash
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// A Float uniform in `range`.
    public mutating func uniform(_ range: ClosedRange<Double>) -> Float {
        Float(Double.random(in: range, using: &self))
    }

    /// A Float with random sign whose magnitude is log-uniform in `magnitudes`, so that every
    /// scale (1e-30 … 1e6) is tested as often as every other.
    public mutating func logUniform(_ magnitudes: ClosedRange<Double>) -> Float {
        let exponent = Double.random(
            in: log10(magnitudes.lowerBound)...log10(magnitudes.upperBound), using: &self)
        let magnitude = Float(pow(10, exponent))
        return Bool.random(using: &self) ? magnitude : -magnitude
    }

    /// Inputs for an activation, in eighths: two uniform on [−10, 10], one uniform on [−30, 30]
    /// (the tails), and, log-uniform with a random sign, one tiny (1e-30…1e-3), three ordinary
    /// (1e-3…1e2) and one overflow-prone (1e2…1e6).
    public mutating func activationInputs(count: Int) -> [Float] {
        (0..<count).map { i in
            switch i % 8 {
            case 0, 1: uniform(-10...10)
            case 2: logUniform(1e-30...1e-3)
            case 3, 4, 5: logUniform(1e-3...1e2)
            case 6: logUniform(1e2...1e6)
            default: uniform(-30...30)
            }
        }
    }
}
