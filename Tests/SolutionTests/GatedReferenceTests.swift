import ActivationCore
import GradingSupport
import Lesson12HardAndGated
import Testing

/// Lesson 12's gated units against every row of their correctly rounded tables (value and both
/// gradients within 4 ulps, NaN exactly where NaN is expected, ±∞ exactly where ±∞ is), and
/// against the Double oracle at many seeded pairs. Each test prints the worst error it saw,
/// the figures quoted in `Solutions/12-hard-and-gated/README.md`.
@Suite("Gated units match the correctly rounded tables")
struct GatedReferenceTests {
    static let units: [(name: String, unit: any GatedActivation)] = [
        ("glu", GLU()), ("swiglu", SwiGLU()), ("geglu", GEGLU()),
    ]
    static let names = units.map(\.name)

    static func unit(_ name: String) throws -> any GatedActivation {
        try #require(units.first { $0.name == name }?.unit)
    }

    @Test("value and both gradients within 4 ulps of the table", arguments: names)
    func matchesReference(name: String) throws {
        let unit = try Self.unit(name)
        let points = ReferenceTable.gatedPoints(for: name)
        #expect(points.count > 800, "the \(name) table looks truncated")
        var value = WorstError(), gradientA = WorstError(), gradientB = WorstError()
        for point in points {
            let place = "(a, b) = (\(point.a), \(point.b))"
            let gradients = unit.gradients(point.a, point.b)
            value.check(unit(point.a, point.b), point.value, "\(name)\(place)", at: place)
            gradientA.check(gradients.a, point.gradientA, "∂\(name)/∂a\(place)", at: place)
            gradientB.check(gradients.b, point.gradientB, "∂\(name)/∂b\(place)", at: place)
        }
        value.finish(name)
        gradientA.finish("∂\(name)/∂a")
        gradientB.finish("∂\(name)/∂b")
        print("max error \(name): f \(value); ∂f/∂a \(gradientA); ∂f/∂b \(gradientB) (\(points.count) pairs)")
    }

    /// 100 000 seeded pairs: the gated input at every scale, the linear one in [−10, 10]. The
    /// oracle rounds a Double result once, so it can itself be off by one ulp a hair from a
    /// tie; the bound is the same 4 ulps.
    @Test("value and both gradients within 4 ulps of the oracle at seeded pairs", arguments: names)
    func matchesOracle(name: String) throws {
        let unit = try Self.unit(name)
        let spec = try #require([GatedSpec.glu, .swiglu, .geglu].first { $0.name == name })
        var random = RandomPoints(seed: 12, stream: "solution-\(name)")
        var value = WorstError(), gradientA = WorstError(), gradientB = WorstError()
        for g in random.activationInputs(count: 100_000) {
            let v = random.uniform(-10...10)
            let (a, b) = spec.gated == .a ? (g, v) : (v, g)
            let place = "(a, b) = (\(a), \(b))"
            let expected = spec.expectedGradients(a, b)
            let gradients = unit.gradients(a, b)
            value.check(unit(a, b), spec.expectedValue(a, b), "\(name)\(place)", at: place)
            gradientA.check(gradients.a, expected.a, "∂\(name)/∂a\(place)", at: place)
            gradientB.check(gradients.b, expected.b, "∂\(name)/∂b\(place)", at: place)
        }
        value.finish(name)
        gradientA.finish("∂\(name)/∂a")
        gradientB.finish("∂\(name)/∂b")
        print("max error vs oracle \(name): f \(value); ∂f/∂a \(gradientA); ∂f/∂b \(gradientB) (100000 pairs)")
    }
}
