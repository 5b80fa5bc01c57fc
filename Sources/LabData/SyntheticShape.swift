import Foundation

/// Small 2-D classification problems generated from a seed: quick to train on, easy to plot,
/// and each one needs a non-linear decision boundary, which is what activations are for.
///
/// Points lie roughly in [−1, 1] × [−1, 1], with a little Gaussian noise. Example `i` has label
/// `i % classCount`, so the classes are balanced and interleaved (any tail split of the examples,
/// as `Dataset.splitLast` takes, holds every class). The training set is drawn first and the test
/// set after it from one `SeededGenerator(seed:)`: the same seed gives the same points.
public enum SyntheticShape: String, CaseIterable, Sendable {
    /// Three interleaved spiral arms, one per class (CS231n's classic).
    case spiral
    /// A ring around a smaller ring: two classes.
    case circles
    /// Opposite quadrants share a class: two classes.
    case xor
    /// Two interleaving half-moons (scikit-learn's `make_moons`), rescaled: two classes.
    case moons

    public var classCount: Int {
        self == .spiral ? 3 : 2
    }

    public func make(trainCount: Int, testCount: Int, seed: UInt64) -> DataSplit {
        var generator = SeededGenerator(seed: seed)
        let train = examples(count: trainCount, split: "train", using: &generator)
        let test = examples(count: testCount, split: "test", using: &generator)
        return DataSplit(train: train, test: test, source: "synthetic \(rawValue) (seed \(seed), \(trainCount)/\(testCount))")
    }

    private func examples(count: Int, split: String, using generator: inout SeededGenerator) -> Dataset {
        var features: [Float] = []
        features.reserveCapacity(2 * count)
        var labels: [UInt8] = []
        labels.reserveCapacity(count)
        for index in 0..<count {
            let label = index % classCount
            let (x, y) = point(label: label, using: &generator)
            features += [x, y]
            labels.append(UInt8(label))
        }
        return Dataset(name: "synthetic \(rawValue) \(split)", featureCount: 2, classCount: classCount,
                       labels: labels, storage: .floats(features))
    }

    /// One point of class `label`, noise included.
    private func point(label: Int, using generator: inout SeededGenerator) -> (Float, Float) {
        let u = generator.nextUnitFloat()
        switch self {
        case .spiral:
            // Radius grows from the centre while the angle turns ~230°; arms start 120° apart.
            let radius = 0.05 + 0.95 * u
            let angle = 2 * Float.pi * Float(label) / 3 + 4 * u + 0.2 * Self.gaussian(using: &generator)
            return (radius * cos(angle), radius * sin(angle))
        case .circles:
            let radius: Float = label == 0 ? 0.9 : 0.45
            let angle = 2 * Float.pi * u
            return (radius * cos(angle) + 0.05 * Self.gaussian(using: &generator),
                    radius * sin(angle) + 0.05 * Self.gaussian(using: &generator))
        case .xor:
            // Class 0 in the quadrants where x and y share a sign, class 1 where they differ.
            let sign: Float = generator.next() & 1 == 0 ? 1 : -1
            let x = sign * u
            let y = (label == 0 ? sign : -sign) * generator.nextUnitFloat()
            return (x + 0.05 * Self.gaussian(using: &generator), y + 0.05 * Self.gaussian(using: &generator))
        case .moons:
            // make_moons spans x ∈ [−1, 2], y ∈ [−0.5, 1]; map that box onto [−1, 1]².
            let angle = Float.pi * u
            let (x, y) = label == 0 ? (cos(angle), sin(angle)) : (1 - cos(angle), 0.5 - sin(angle))
            return ((x - 0.5) / 1.5 + 0.08 * Self.gaussian(using: &generator),
                    (y - 0.25) / 0.75 + 0.08 * Self.gaussian(using: &generator))
        }
    }

    /// A standard normal sample (Box–Muller); `1 − u` keeps the logarithm's argument above 0.
    private static func gaussian(using generator: inout SeededGenerator) -> Float {
        let u1 = 1 - generator.nextUnitFloat()
        let u2 = generator.nextUnitFloat()
        return (-2 * log(u1)).squareRoot() * cos(2 * Float.pi * u2)
    }
}
