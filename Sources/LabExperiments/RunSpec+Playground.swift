extension RunSpec {
    /// A TensorFlow-Playground-sized run on a 2-D synthetic set: two hidden layers of 16, Adam
    /// at a learning rate ten times Keras' default (a few hundred examples need many quick
    /// steps, not a careful crawl), and the decision boundary sampled afterwards.
    static func playground(activation: String, shape: String, options: ExperimentOptions) -> RunSpec {
        RunSpec(series: activation, variant: shape, dataset: shape, hiddenWidths: [16, 16],
                activations: [activation, activation], epochs: options.quick ? 40 : 100,
                batchSize: 16, learningRate: 0.01, validation: .none,
                boundaryResolution: options.boundaryResolution(for: shape))
    }
}
