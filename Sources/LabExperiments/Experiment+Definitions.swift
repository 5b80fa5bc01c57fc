import LabData
import LabEngine

extension Experiment {
    /// The first article, as written: one hidden layer of 128, five epochs of Adam.
    public static let reluVersusSigmoid = Experiment(
        name: "relu-vs-sigmoid",
        title: "ReLU vs Sigmoid (784-128-10, Fashion-MNIST)",
        summary: "article 1: 784-128-10, Adam, batch 32, 5 epochs, test set as validation",
        source: """
            Article 1 ("relu vs sigmoid", Fashion-MNIST): Flatten → Dense(128, relu|sigmoid) → \
            Dense(10, softmax), Adam, sparse categorical cross-entropy, fit(epochs=5, \
            validation_data=(x_test, y_test)) with Keras' default batch of 32. It reports test \
            accuracy ReLU 0.875 vs Sigmoid 0.872 and says ReLU converges faster.
            """,
        reference: ["relu": 0.875, "sigmoid": 0.872],
        notes: [
            "The article validates on the test set (validation_data=(x_test, y_test)), so its \"validation\" curves are test curves; this experiment does the same.",
            "The article's 0.3-point gap comes from one run of each network; rerun with --seeds 5 to see how large seed-to-seed differences are.",
            "Weights start Glorot-uniform with zero biases and Adam uses learning rate 0.001, Keras' defaults.",
        ]
    ) { options in
        let dataset = options.imageDataset(default: "fashion-mnist")
        return ["relu", "sigmoid"].map { activation in
            RunSpec.article(series: activation, dataset: dataset, hiddenWidths: [128], activations: [activation],
                            epochs: 5, validation: .testSet, options: options)
        }
    }
}

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
            RunSpec.article(series: activation, dataset: dataset, hiddenWidths: [128, 64],
                            activations: [activation, activation], epochs: 10, validation: .split(fraction: 0.2),
                            options: options)
        }
    }
}

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
            RunSpec.article(series: activation, variant: dataset, dataset: dataset, hiddenWidths: [128],
                            activations: [activation], epochs: 5, validation: .testSet, options: options)
        }
        guard dataset != "spiral" else { return images }
        return images + activations.map { RunSpec.playground(activation: $0, shape: "spiral", options: options) }
    }
}

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
                RunSpec.article(series: activation, variant: "depth \(depth)", dataset: dataset,
                                hiddenWidths: Array(repeating: width, count: depth),
                                activations: Array(repeating: activation, count: depth), epochs: 5,
                                quickEpochs: 2, quickExamples: 5000, validation: .split(fraction: 0.2), options: options)
            }
        }
    }
}

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
            RunSpec.article(series: first == second ? first : "\(first)→\(second)", dataset: dataset,
                            hiddenWidths: [128, 64], activations: [first, second], epochs: 5,
                            validation: .split(fraction: 0.2), options: options)
        }
    }
}

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

extension Experiment {
    /// The cures lesson 10 lists for the depth study's disease, each tried at 16 hidden layers.
    public static let remedies = Experiment(
        name: "remedies",
        title: "Curing the vanishing gradient at 16 layers (initialisation, batch norm, residual)",
        summary: "sigmoid, tanh, relu at 16×64: plain, He or LeCun init, batch norm, residual; SELU with LeCun init",
        source: """
            The depth study's disease (at 16 hidden layers the sigmoid network stays at chance, \
            its first layer's gradient a vanishing fraction of the output layer's) and the cures \
            lesson 10 lists: an initialisation scaled to the layer (He uniform, LeCun normal), \
            batch normalisation before every hidden activation (Ioffe & Szegedy 2015), identity \
            skips around every 64-wide hidden layer (He et al. 2016), and SELU with LeCun \
            initialisation (Klambauer et al. 2017). Article 3 §5.2 asks for exactly this co-design \
            ("激活函数与其他网络组件的协同设计:将激活函数与网络结构、优化器等一起考虑"). 16 hidden layers of 64, Adam, batch 32, 5 epochs on all \
            60,000 training images, the test set as validation (as article 1).
            """,
        notes: [
            "Gradient norms as in the depth study: each layer's ‖∂L/∂W‖ at the very first step (solid) and averaged over the last epoch (dashed); a cure works when the first layers' norms come up to the output layer's.",
            "He uniform draws U(−l, l) with l = √(6/fan_in) (variance 2/fan_in); LeCun normal draws a normal of variance 1/fan_in truncated at two standard deviations; Glorot uniform (the plain networks) has variance 2/(fan_in + fan_out).",
            "Batch normalisation uses the batch's mean and variance in training and running averages (momentum 0.99, ε = 10⁻³, Keras' defaults) for validation and test. The first hidden layer (784 → 64) has no skip: its input is not as wide as its output.",
            LayerStatistics.definitions,
        ]
    ) { options in
        let dataset = options.imageDataset(default: "fashion-mnist")
        let width = options.quick ? 32 : 64, depth = 16
        func run(_ activation: String, _ series: String, initializer: WeightInitializer = .glorot,
                 normalization: Normalization = .none, residual: Bool = false) -> RunSpec {
            var spec = RunSpec.article(series: series, variant: activation, dataset: dataset,
                                       hiddenWidths: Array(repeating: width, count: depth),
                                       activations: Array(repeating: activation, count: depth), epochs: 5,
                                       // Four quick epochs, not two: batch norm needs them to show its cure.
                                       quickEpochs: 4, quickExamples: 5000, validation: .testSet, options: options)
            spec.initializer = initializer
            spec.normalization = normalization
            spec.residual = residual
            return spec
        }
        return ["sigmoid", "tanh", "relu"].flatMap { activation in
            [run(activation, "plain"), run(activation, "He init", initializer: .he),
             run(activation, "LeCun init", initializer: .lecun), run(activation, "batch norm", normalization: .batch),
             run(activation, "residual", residual: true)]
        } + [run("selu", "plain"), run("selu", "LeCun init", initializer: .lecun)]
    }
}

extension Experiment {
    /// Article 3 §5.1's outlook, "from fixed parameters to adaptive parameters", run: the
    /// activations whose shape is learned beside their fixed cousins.
    public static let adaptive = Experiment(
        name: "adaptive",
        title: "Fixed against learned activation parameters (PReLU α, Swish β)",
        summary: "leaky-relu (α = 0.01), prelu (α learned), swish (β = 1), swish-learned (β learned) in 784-128-64-10",
        source: """
            Article 3 §5.1: "从固定参数到自适应参数" (from fixed parameters to adaptive \
            parameters). PReLU (He et al. 2015) learns the negative slope α of every unit, \
            starting at 0.25 (PyTorch's initial value; Keras' PReLU also keeps one α per unit); \
            Swish-β (Ramachandran et al. 2017) learns β per unit, starting at 1. Both are trained \
            by Adam with the weights, through the lessons' own ∂f/∂α (lesson 05) and ∂f/∂β \
            (lesson 08). Article 3 §4's network and training: 784-128-64-10, Adam, batch 32, \
            10 epochs, validation split 0.2.
            """,
        notes: [
            "The learned-parameter chart shows each layer's mean α or β after every epoch; the table gives the spread over the layer's units at the end.",
            "leaky-relu keeps α = 0.01 and swish keeps β = 1: the fixed baselines of the same shapes.",
            "Article 3 §5.1 names SELU and Swish as activations that \"引入了自适应参数\" (introduced adaptive parameters). SELU's α ≈ 1.6733 and λ ≈ 1.0507 are fixed constants, derived so that activations self-normalise, never learned; Swish's β is learned only in the Swish-β variant (Ramachandran et al. 2017), which is what swish-learned trains here.",
        ]
    ) { options in
        let dataset = options.imageDataset(default: "fashion-mnist")
        return ["leaky-relu", "prelu", "swish", "swish-learned"].map { activation in
            RunSpec.article(series: activation, dataset: dataset, hiddenWidths: [128, 64],
                            activations: [activation, activation], epochs: 10, validation: .split(fraction: 0.2),
                            options: options)
        }
    }
}

