import GradingSupport
import Testing

extension SoftmaxGrading {
    /// All five functions on random logits drawn from `GRADE_SEED`, against the Double oracle.
    @Suite("random logits")
    struct RandomLogits {
        @Test("all five functions match an independent oracle on random logits [2 pts]")
        func random() {
            Check.run { check in
                guard let seed = GradeSeed.current(for: &check) else { return }
                var random = RandomPoints(seed: seed, stream: "softmax")
                for round in 0..<120 {
                    let count = Int.random(in: 2...8, using: &random)
                    // A third of the vectors reach logits of ±150, beyond where e^z overflows Float.
                    let scale: Double = round % 3 == 2 ? 150 : 8
                    let logits = (0..<count).map { _ in random.uniform(-scale...scale) }
                    let label = Int.random(in: 0..<count, using: &random)
                    let oracle = SoftmaxOracle(logits: logits, label: label)
                    let results = SoftmaxResults(logits: logits, label: label)
                    for part in SoftmaxResults.Part.allCases {
                        results.verify(part, expected: .init(oracle), tolerances: oracle,
                                       note: " [random logits, GRADE_SEED=\(seed)]", into: &check)
                    }
                }
            }
        }
    }
}
