extension Experiment {
    /// The third article's §4: four activations in a 784-128-64-10 network.
    public static let compareActivations = Experiment(
        name: "compare-activations",
        title: "Sigmoid, Tanh, ReLU and Leaky ReLU (784-128-64-10)",
        summary: "article 3 §4: 784-128-64-10, Adam, batch 32, 10 epochs, validation split 0.2",
        source: """
            Article 3 ("神经网络中的激活函数", §4 实战): Flatten → Dense(128) → Dense(64) → \
            Dense(10, softmax) with sigmoid, tanh, relu and LeakyReLU, Adam, categorical \
            cross-entropy, fit(epochs=10, batch_size=32, validation_split=0.2) on MNIST. It \
            claims ReLU and Leaky ReLU do best and train fastest, tanh comes next and sigmoid \
            is worst, without numbers.
            """,
        notes: [
            "The article uses MNIST: give --data-dir (a folder with MNIST's IDX files) to run on it; without one the experiment runs on Fashion-MNIST, which is harder, so every accuracy is lower than MNIST's.",
            "tf.keras.layers.LeakyReLU() defaults to alpha = 0.3; the kit's LeakyReLU uses alpha = 0.01 (the value the other articles give).",
            "validation_split=0.2 takes the LAST 20% of the training examples, before any shuffling, as Keras does.",
        ]
    ) { options in
        let dataset = options.dataset ?? (options.dataDirectory == nil ? "fashion-mnist" : "mnist")
        return ["sigmoid", "tanh", "relu", "leaky-relu"].map { activation in
            RunSpec(series: activation, dataset: dataset, hiddenWidths: [128, 64],
                    activations: [activation, activation], epochs: options.quick ? 3 : 10,
                    batchSize: 32, validation: .split(fraction: 0.2),
                    trainLimit: options.quick ? 10_000 : nil, testLimit: options.quick ? 2000 : nil,
                    boundaryResolution: options.boundaryResolution(for: dataset))
        }
    }
}
