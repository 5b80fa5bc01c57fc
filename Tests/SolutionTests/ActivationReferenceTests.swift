import ActivationCatalog
import ActivationCore
import GradingSupport
import Lesson05LeakyReLU
import Lesson08SwishGELUMish
import Testing

/// Every Solution activation against every row of its correctly rounded reference table
/// (`Tests/Fixtures/<name>.tsv`, from mpmath): value, derivative, PReLU's α-gradient and Swish's
/// β-gradient within 4 ulps, NaN exactly where NaN is expected. Each test prints the worst error it measured.
@Suite("Solutions match the correctly rounded tables")
struct ActivationReferenceTests {
    /// Every catalog name; `custom` is the Solution's own design and has its own table.
    static let names = ActivationCatalog.names

    /// The table a catalog entry is held to: `swish-learned` starts as Swish with β = 1, so as a
    /// function of x it must be exactly `swish`.
    static func table(for name: String) -> String {
        name == "swish-learned" ? "swish" : name
    }

    @Test("value and derivative within 4 ulps", arguments: names)
    func matchesReference(name: String) throws {
        let activation = try #require(ActivationCatalog.activation(named: name))
        let points = ReferenceTable.points(for: Self.table(for: name))
        #expect(points.count > 300, "the \(name) table looks truncated")
        var value = WorstError(), derivative = WorstError()
        for point in points {
            value.check(activation(point.x), point.value, "\(name)(x = \(point.x))", at: "x = \(point.x)")
            derivative.check(activation.derivative(point.x), point.derivative,
                             "\(name)′(x = \(point.x))", at: "x = \(point.x)")
        }
        value.finish("\(name)")
        derivative.finish("\(name)′")
        print("max error \(name): f \(value); f′ \(derivative) (\(points.count) points)")
    }

    @Test("PReLU's alpha-gradient within 4 ulps")
    func preluAlphaGradient() throws {
        let prelu = PReLU()
        let points = ReferenceTable.points(for: "prelu")
        var gradient = WorstError()
        for point in points {
            let expected = try #require(point.alphaGradient, "prelu.tsv needs a df/dalpha column")
            gradient.check(prelu.alphaGradient(point.x), expected,
                           "prelu ∂f/∂α(x = \(point.x))", at: "x = \(point.x)")
        }
        gradient.finish("prelu ∂f/∂α")
        print("max error prelu: ∂f/∂α \(gradient) (\(points.count) points)")
    }

    /// Every row of the table: the graded β, and β = 0 and β = −1 at every input as well.
    @Test("Swish's beta-gradient within 4 ulps")
    func swishBetaGradient() {
        let points = ReferenceTable.parameterGradients(for: "swish-beta")
        #expect(points.count > 6 * 300, "the swish-beta table looks truncated")
        var gradient = WorstError()
        for point in points {
            gradient.check(Swish(beta: point.parameter).betaGradient(point.x), point.gradient,
                           "swish[β = \(point.parameter)] ∂f/∂β(x = \(point.x))",
                           at: "β = \(point.parameter), x = \(point.x)")
        }
        gradient.finish("swish ∂f/∂β")
        print("max error swish: ∂f/∂β \(gradient) (\(points.count) points)")
    }

    /// What the trainer learns with: the catalog's `prelu` and `swish-learned` are learnable, their
    /// ∂f/∂p is the lessons' own α- and β-gradient, and `with(parameter:)` rebuilds the function at
    /// another value (every β of the table, held to the table within 4 ulps).
    @Test("the trainer's learnable prelu and swish-learned use the lessons' parameter gradients")
    func learnableCatalogEntries() throws {
        let prelu = try #require(ActivationCatalog.activation(named: "prelu") as? any LearnableActivation)
        let swish = try #require(ActivationCatalog.activation(named: "swish-learned") as? any LearnableActivation)
        #expect(type(of: prelu).parameterName == "alpha" && prelu.parameter == 0.25)
        #expect(type(of: swish).parameterName == "beta" && swish.parameter == 1)
        #expect(ActivationCatalog.activation(named: "swish") as? any LearnableActivation == nil, "plain swish keeps β = 1")
        for point in ReferenceTable.points(for: "prelu") {
            let expected = try #require(point.alphaGradient)
            #expect(prelu.parameterGradient(point.x).bitPattern == expected.bitPattern || (expected.isNaN && prelu.parameterGradient(point.x).isNaN),
                    "prelu ∂f/∂α(\(point.x))")
        }
        var gradient = WorstError()
        for point in ReferenceTable.parameterGradients(for: "swish-beta") {
            func check<F: LearnableActivation>(_ f: F) {
                gradient.check(f.with(parameter: point.parameter).parameterGradient(point.x), point.gradient,
                               "swish-learned[β = \(point.parameter)] ∂f/∂β(x = \(point.x))", at: "β = \(point.parameter), x = \(point.x)")
            }
            check(swish)
        }
        gradient.finish("swish-learned ∂f/∂β")
    }
}

