extension Experiment {
    /// Article 3's exercise on combining activations across layers, against the pure networks.
    public static let mixed = Experiment(
        name: "mixed",
        title: "Mixed activations across layers (784-128-64-10)",
        summary: "relu→tanh, tanh→relu, sigmoid→relu, relu→sigmoid against pure relu, tanh, sigmoid",
        source: """
            Article 3, §6.2 exercise 3: "尝试使用不同的激活函数组合" (try combinations of \
            activations) and §5.1's "从单一激活函数到混合激活函数". Article 3 §4's network and \
            training (784-128-64-10, Adam, batch 32, validation split 0.2), the first hidden \
            layer's activation before the arrow, the second's after it.
            """,
        notes: [
            "Trained for 5 epochs rather than §4's 10 to keep the whole set of experiments short; pass --epochs 10 for the article's length.",
        ]
    ) { options in
        let dataset = options.imageDataset(default: "fashion-mnist")
        let pairs: [(String, String)] = [
            ("relu", "relu"), ("tanh", "tanh"), ("sigmoid", "sigmoid"),
            ("relu", "tanh"), ("tanh", "relu"), ("sigmoid", "relu"), ("relu", "sigmoid"),
        ]
        return pairs.map { first, second in
            RunSpec(series: first == second ? first : "\(first)→\(second)", dataset: dataset,
                    hiddenWidths: [128, 64], activations: [first, second],
                    epochs: options.quick ? 3 : 5, batchSize: 32, validation: .split(fraction: 0.2),
                    trainLimit: options.quick ? 10_000 : nil, testLimit: options.quick ? 2000 : nil,
                    boundaryResolution: options.boundaryResolution(for: dataset))
        }
    }
}
