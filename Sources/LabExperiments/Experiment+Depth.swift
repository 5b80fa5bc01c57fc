import LabEngine

extension Experiment {
    /// The hidden layers counts the depth sweep visits.
    static let depths = [1, 2, 4, 8, 16]

    /// Article 3's exercise "compare activations at different depths": where vanishing
    /// gradients and dying ReLUs stop being words.
    public static let depth = Experiment(
        name: "depth",
        title: "Activations at depth 1 to 16 (vanishing gradients, dead units)",
        summary: "sigmoid, tanh, relu, leaky-relu, elu, gelu at 1, 2, 4, 8, 16 hidden layers: accuracy, gradient flow, dead/saturated units",
        source: """
            Article 3, §6.2 exercise 2: "比较不同激活函数在不同网络深度下的表现" (compare \
            activations at different depths), and the articles' claims that sigmoid's gradient \
            vanishes in deep networks while ReLU's does not but can die. Every hidden layer has \
            the same width; Adam, batch 32, Glorot initialisation (Keras' default), validation \
            split 0.2.
            """,
        notes: [
            "Gradient norms are the L2 norms of each layer's weight gradient: on the very first step (the untrained network) and averaged over the last epoch. A layer whose norm is orders of magnitude below the output layer's barely learns.",
            "Adam divides every step by the gradient's running size, so it partly hides vanishing gradients in the accuracy; the gradient norms show them regardless.",
            LayerStatistics.definitions,
        ]
    ) { options in
        let dataset = options.imageDataset(default: "fashion-mnist")
        let width = options.quick ? 32 : 64
        return ["sigmoid", "tanh", "relu", "leaky-relu", "elu", "gelu"].flatMap { activation in
            depths.map { depth in
                RunSpec(series: activation, variant: "depth \(depth)", dataset: dataset,
                        hiddenWidths: Array(repeating: width, count: depth),
                        activations: Array(repeating: activation, count: depth),
                        epochs: options.quick ? 2 : 5, batchSize: 32,
                        validation: .split(fraction: 0.2),
                        trainLimit: options.quick ? 5000 : nil, testLimit: options.quick ? 1000 : nil,
                        boundaryResolution: options.boundaryResolution(for: dataset))
            }
        }
    }
}
