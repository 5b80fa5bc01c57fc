extension Experiment {
    /// The student's `CustomActivation` (lesson 11) next to the classics, in article 1's
    /// network and on the spiral, where a poor activation shows at a glance.
    public static let custom = Experiment(
        name: "custom",
        title: "Your CustomActivation beside sigmoid, tanh and ReLU",
        summary: "lesson 11: your CustomActivation vs sigmoid, tanh, relu (784-128-10 and the spiral)",
        source: """
            Article 3, §6.2 exercise 1: "实现一个自定义激活函数,并在简单的神经网络中测试其性能" \
            (implement a custom activation and test it in a simple network). The network is \
            article 1's 784-128-10 (Adam, batch 32, 5 epochs, test set as validation) plus a \
            small 2-16-16-2 network on the spiral for its decision boundary.
            """,
        notes: [
            "\"custom\" is whatever Lesson 11's CustomActivation computes: the student's Exercises/ version by default, the Solutions/ example with KIT_IMPL=solutions.",
        ]
    ) { options in
        let activations = ["custom", "sigmoid", "tanh", "relu"]
        let dataset = options.imageDataset(default: "fashion-mnist")
        let images = activations.map { activation in
            RunSpec(series: activation, variant: dataset, dataset: dataset, hiddenWidths: [128],
                    activations: [activation], epochs: options.quick ? 3 : 5, batchSize: 32,
                    validation: .testSet,
                    trainLimit: options.quick ? 10_000 : nil, testLimit: options.quick ? 2000 : nil,
                    boundaryResolution: options.boundaryResolution(for: dataset))
        }
        guard dataset != "spiral" else { return images }
        return images + activations.map { RunSpec.playground(activation: $0, shape: "spiral", options: options) }
    }
}
