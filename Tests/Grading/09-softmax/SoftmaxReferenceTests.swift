import GradingSupport
import Testing

extension SoftmaxGrading {
    /// The five functions against the reference cases: once on ordinary logits, once on large
    /// ones (|z| > 50), where only a max-shifted, log-domain implementation survives.
    ///
    /// Cases with ±∞ or NaN logits are left out: what softmax should return for them is a
    /// convention of the reference Solution that the lesson does not ask students to follow.
    @Suite("reference cases")
    struct Reference {
        /// Logits this large overflow (or underflow) e^z, or push a probability below Float's range.
        static func isLarge(_ reference: SoftmaxCase) -> Bool {
            reference.logits.contains { $0.magnitude > 50 }
        }

        func verify(_ part: SoftmaxResults.Part, large: Bool) {
            let cases = ReferenceTable.softmaxCases().filter {
                $0.logits.allSatisfy(\.isFinite) && Self.isLarge($0) == large
            }
            Check.run { check in
                if cases.isEmpty {
                    check.fail("the reference table has no \(large ? "large" : "ordinary") softmax cases",
                               hint: "the kit's Tests/Fixtures are incomplete; tell your instructor")
                }
                for reference in cases {
                    SoftmaxResults(logits: reference.logits, label: reference.label)
                        .verify(part, expected: .init(reference),
                                tolerances: SoftmaxOracle(logits: reference.logits, label: reference.label),
                                note: " [case \(reference.name)]", into: &check)
                }
            }
        }

        @Test("softmax matches the reference on ordinary logits [2 pts]")
        func softmax() { verify(.softmax, large: false) }

        @Test("softmax matches the reference on large logits [2 pts]")
        func softmaxLarge() { verify(.softmax, large: true) }

        @Test("logSoftmax matches the reference on ordinary logits [1 pt]")
        func logSoftmax() { verify(.logSoftmax, large: false) }

        @Test("logSoftmax matches the reference on large logits [2 pts]")
        func logSoftmaxLarge() { verify(.logSoftmax, large: true) }

        @Test("softmaxJacobian matches the reference on ordinary logits [1 pt]")
        func jacobian() { verify(.jacobian, large: false) }

        @Test("softmaxJacobian matches the reference on large logits [1 pt]")
        func jacobianLarge() { verify(.jacobian, large: true) }

        @Test("crossEntropy matches the reference on ordinary logits [1 pt]")
        func crossEntropy() { verify(.crossEntropy, large: false) }

        @Test("crossEntropy matches the reference on large logits, even when confidently wrong [2 pts]")
        func crossEntropyLarge() { verify(.crossEntropy, large: true) }

        @Test("crossEntropyGradient matches the reference on ordinary logits [1 pt]")
        func gradient() { verify(.gradient, large: false) }

        @Test("crossEntropyGradient matches the reference on large logits [1 pt]")
        func gradientLarge() { verify(.gradient, large: true) }
    }
}
