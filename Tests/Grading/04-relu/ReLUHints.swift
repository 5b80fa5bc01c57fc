import GradingSupport

extension Hints {
    static let relu = Hints(
        value: [
            "zero": "ReLU(0) = 0 (and ReLU(−0) = 0 or −0, both equal 0)",
            "kink": "ReLU is x for x > 0 and 0 for x ≤ 0, down to the smallest subnormals on either side of 0 (Hint 3 in Exercises/04-relu/README.md)",
        ],
        derivative: [
            "zero": Hints.kink,
            "kink": "ReLU′ is 1 for every x > 0, however tiny, and 0 for x ≤ 0: compare with x > 0 (Hint 3 in Exercises/04-relu/README.md)",
        ],
        valueFallback: "ReLU(x) = max(0, x): x for x > 0, otherwise 0, and NaN stays NaN (Hints 2 and 3 in Exercises/04-relu/README.md)",
        derivativeFallback: "ReLU′(x) is 1 for x > 0 and 0 for x ≤ 0 (Hint 3 in Exercises/04-relu/README.md)")
}
