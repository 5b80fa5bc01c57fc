import LabData

extension Experiment {
    /// TensorFlow Playground's picture for every activation on every 2-D set.
    public static let boundaries = Experiment(
        name: "boundaries",
        title: "Decision boundaries on the 2-D sets (TensorFlow Playground)",
        summary: "identity, sigmoid, tanh, relu, gelu on spiral, circles, xor, moons: the learned decision boundaries",
        source: """
            The articles' central claim, that activations are what lets a network learn \
            non-linear relationships ("如果没有激活函数,神经网络将退化为线性模型"), drawn: a \
            2-16-16-k network per activation on each synthetic set, as TensorFlow Playground \
            shows it. The identity network is the "no activation" case: a straight boundary.
            """,
        notes: [
            "Colours show the predicted class, paler near the boundary; dots are test examples.",
        ]
    ) { options in
        let shapes = options.dataset.map { [$0] } ?? SyntheticShape.allCases.map(\.rawValue)
        return shapes.flatMap { shape in
            ["identity", "sigmoid", "tanh", "relu", "gelu"].map {
                RunSpec.playground(activation: $0, shape: shape, options: options)
            }
        }
    }
}
