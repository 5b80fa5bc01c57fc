import GradingSupport
import Lesson09Softmax
import Testing

/// The Solution's softmax, log-softmax, Jacobian, cross-entropy and its gradient against the
/// correctly rounded cases of `Tests/Fixtures/softmax.tsv`. Every entry must be within 4 ulps:
/// the Solution forms 1 − sᵢ without cancellation, so even the Jacobian's diagonal and the
/// true class's gradient need no absolute allowance.
@Suite("Softmax Solution matches the correctly rounded table")
struct SoftmaxReferenceTests {
    static let caseNames = ReferenceTable.softmaxCases().map(\.name)

    @Test("every output within 4 ulps", arguments: caseNames)
    func matchesReference(name: String) throws {
        let reference = try #require(ReferenceTable.softmaxCases().first { $0.name == name })
        var worst = WorstError()
        let z = reference.logits
        func compare(_ got: [Float], _ expected: [Float], _ what: String) {
            guard got.count == expected.count else {
                Issue.record("\(what) of \(reference.name): \(got.count) entries, expected \(expected.count)")
                return
            }
            for (i, (g, e)) in zip(got, expected).enumerated() {
                worst.check(g, e, "\(what)[\(i)] of \(reference.name) \(z)", at: "\(what)[\(i)] of \(reference.name)")
            }
        }
        compare(softmax(z), reference.softmax, "softmax")
        compare(logSoftmax(z), reference.logSoftmax, "logSoftmax")
        compare(softmaxJacobian(z).flatMap { $0 }, reference.jacobian.flatMap { $0 }, "jacobian")
        compare([crossEntropy(logits: z, label: reference.label)], [reference.crossEntropy], "crossEntropy")
        compare(crossEntropyGradient(logits: z, label: reference.label), reference.crossEntropyGradient,
                "crossEntropyGradient")
        #expect(softmaxJacobian(z).count == z.count, "the Jacobian of \(reference.name) must be n × n")
        worst.finish("softmax case \(name)")
        print("max error softmax case \(reference.name): \(worst)")
    }

    @Test("empty logits give empty outputs")
    func emptyLogits() {
        #expect(softmax([]).isEmpty)
        #expect(logSoftmax([]).isEmpty)
        #expect(softmaxJacobian([]).isEmpty)
    }

    @Test("a label out of range stops with a precondition failure")
    func labelOutOfRange() async {
        await #expect(processExitsWith: .failure) {
            _ = crossEntropy(logits: [1, 2, 3], label: 3)
        }
        await #expect(processExitsWith: .failure) {
            _ = crossEntropyGradient(logits: [], label: 0)
        }
    }
}
