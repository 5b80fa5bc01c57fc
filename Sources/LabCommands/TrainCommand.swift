import ActivationCatalog
import ActivationCore
import CommandKit
import Foundation
import LabData
import LabEngine
import LabExperiments

/// `lab train`: train a multilayer perceptron on a data set.
enum TrainCommand: Command {
    static let spec = CommandSpec(
        name: "train",
        summary: "train a multilayer perceptron on a data set",
        options: [
            .value("dataset", "NAME", default: DataLoader.defaultDataset,
                   help: "fashion-mnist, mnist, kmnist, or a synthetic 2-D set: spiral, circles, xor, moons"),
            .value("hidden", "W,W…", default: "128", help: "hidden layer widths, input side first"),
            .value("activation", "NAME,…", default: "relu", help: "one activation for every hidden layer, or one per layer"),
            .value("epochs", "N", default: "5", help: "passes over the training set"),
            .value("batch-size", "N", default: "32", help: "examples per step; the set is reshuffled every epoch"),
            .value("optimizer", "adam|sgd", default: "adam", help: "Adam (Keras defaults) or SGD with momentum"),
            .value("learning-rate", "LR", help: "default 0.001 for adam, 0.01 for sgd (Keras' defaults)"),
            .value("momentum", "M", help: "SGD momentum (default 0, as Keras)"),
            .value("init", "glorot|he|lecun", default: "glorot",
                   help: "initial weights: glorot = Glorot uniform (Keras' default), he = He uniform, lecun = LeCun truncated normal (for SELU)"),
            .value("normalization", "none|batch", default: "none",
                   help: "batch = batch normalisation before every hidden activation (learned γ and β; momentum 0.99, ε 1e-3, as Keras)"),
            .flag("residual", help: "an identity skip around every hidden layer whose input and output widths match: h ← h + f(Wh + b)"),
            .value("prelu-init", "A", help: "initial α of every prelu unit (default 0.25, PyTorch's); α is learned per unit"),
            .value("seed", "N", default: "1", help: "initial weights, shuffles and synthetic data"),
            .value("validation-split", "F",
                   help: "validate on the last fraction F of the training set (Keras' validation_split); default: on the test set, as the articles do"),
            .value("data-dir", "DIR", help: "where the IDX files are (default: the usual places)"),
            .value("report", "FILE", help: "write everything measured as JSON"),
            .flag("quiet", short: "q", help: "print only the final summary"),
        ],
        discussion: """
            Trains dense hidden layers with a softmax output (cross-entropy) and prints the loss and
            accuracy of every epoch, then the test accuracy.

            activations: \(ActivationCatalog.names.joined(separator: ", "))

            prelu learns its slope α and swish-learned its β, one per unit, with the weights'
            optimizer through the lesson's own ∂f/∂α (lesson 05) and ∂f/∂β (lesson 08); the epoch
            lines and the report show each layer's mean, smallest and largest value.
            """)

    static func run(_ arguments: ParsedArguments, console: Console) throws {
        let widths = try arguments.value("hidden", .list(of: .positiveInteger))!
        let names = try arguments.value("activation", .list(of: .text))!
        guard names.count == 1 || names.count == widths.count else {
            throw CommandError.usage("--activation lists \(names.count) activations for \(widths.count) hidden layers")
        }
        let preluInit = try arguments.value("prelu-init", .number(from: -1e6, below: 1e6))
        let hidden = try zip(widths, names.count == 1 ? Array(repeating: names[0], count: widths.count) : names)
            .map { width, name -> HiddenLayer in
                do {
                    return HiddenLayer(width: width, name: name, activation: try ActivationCatalog.lookup(name))
                } catch {
                    throw CommandError.usage("\(error)")
                }
            }
            .map { layer -> HiddenLayer in
                guard let alpha = preluInit, layer.name == "prelu", let learnable = layer.activation as? any LearnableActivation else {
                    return layer
                }
                return HiddenLayer(width: layer.width, name: layer.name, activation: learnable.with(parameter: Float(alpha)))
            }
        if preluInit != nil && !names.contains("prelu") {
            throw CommandError.usage("--prelu-init applies to --activation prelu only")
        }
        let epochs = try arguments.value("epochs", .positiveInteger)!
        let batchSize = try arguments.value("batch-size", .positiveInteger)!
        let kind = try arguments.value("optimizer", .choice(OptimizerConfiguration.Kind.self))!
        let learningRate = try arguments.value("learning-rate", .positiveNumber, orDefault: kind == .adam ? 1e-3 : 1e-2)
        let momentum = try arguments.value("momentum", .number(from: 0, below: 1))
        if momentum != nil && kind != .sgd {
            throw CommandError.usage("--momentum applies to --optimizer sgd only")
        }
        let seed = try arguments.value("seed", .seed)!
        let split = try arguments.value("validation-split", .number(from: 0, below: 1, openBelow: true))
        let initializer = try arguments.value("init", .choice(WeightInitializer.self))!
        let normalization = try arguments.value("normalization", .choice(Normalization.self))!
        let residual = arguments.flag("residual")
        let quiet = arguments.flag("quiet")

        for layer in hidden where ActivationCatalog.isStub(layer.activation) {
            console.printError("lab train: warning: \(ActivationCatalog.stubAdvice(layer.name))")
        }
        let data: DataSplit
        do {
            data = try DataLoader.load(dataset: arguments.string("dataset"), directory: arguments.string("data-dir"), seed: seed)
        } catch {
            throw CommandError.failed("\(error)")
        }
        if !quiet { console.print("data: \(data.source)") }
        let (training, validation) = split.map { fraction -> (Dataset, Dataset) in
            let parts = data.train.splitLast(fraction: fraction)
            return (parts.train, parts.validation)
        } ?? (data.train, data.test)
        guard training.count > 0 else { throw CommandError.failed("the training set is empty") }

        let network = Network(inputCount: training.featureCount, hidden: hidden,
                              classCount: max(data.train.classCount, data.test.classCount),
                              initializer: initializer, normalization: normalization, residual: residual, seed: seed)
        let optimizer = kind == .adam ? OptimizerConfiguration.adam(learningRate: learningRate)
            : .sgd(learningRate: learningRate, momentum: momentum ?? 0)
        let configuration = TrainingConfiguration(epochs: epochs, batchSize: batchSize, optimizer: optimizer, seed: seed)
        let shape = ([training.featureCount] + widths + [network.description.classCount]).map(String.init).joined(separator: "-")
        if !quiet {
            let extras = (normalization == .batch ? ", batch normalisation" : "")
                + (residual ? ", skips around hidden layers \(network.description.residualLayers.map(String.init).joined(separator: ","))" : "")
            if residual && network.description.residualLayers.isEmpty {
                console.printError("lab train: warning: --residual: no hidden layer has as many inputs as units, so there is no skip")
            }
            console.print("network: \(shape), \(hidden.map(\.name).joined(separator: ",")), \(initializer.rawValue) init\(extras); "
                          + "\(kind.rawValue) lr \(learningRate), batch \(batchSize), \(epochs) epochs, seed \(seed); "
                          + "validation: \(validation.name) (\(validation.count))")
        }
        let bar = ProgressBar(console: console, onStandardError: false)
        var epochStart = DispatchTime.now().uptimeNanoseconds
        var report = Trainer.train(network, on: training, validation: validation, test: data.test,
                                   configuration: configuration, epochEnded: { epoch in
            bar.clear()
            if !quiet { console.print(describe(epoch, of: epochs)) }
        }, progress: { step in
            guard !quiet, bar.interactive else { return }
            let now = DispatchTime.now().uptimeNanoseconds
            if step.step == 1 { epochStart = now }
            let eta = ProgressBar.eta(elapsed: Double(now - epochStart) / 1e9, done: Double(step.step), total: Double(step.steps))
            bar.draw(["epoch \(step.epoch)/\(step.epochs) \(ProgressBar.bar(Double(step.step) / Double(step.steps))) "
                      + "\(step.step)/\(step.steps)" + String(format: "  loss %.4f  accuracy %.4f", step.loss, step.accuracy)
                      + "  ETA \(Format.duration(eta ?? .nan))"], force: step.step == step.steps)
        })
        bar.clear()
        report.dataSource = data.source

        if let path = arguments.string("report") { try write(report, to: path) }
        if report.diverged {
            throw CommandError.failed(report.message ?? "training diverged")
        }
        let accuracy = report.testAccuracy.map { String(format: "%.4f", $0) } ?? "n/a"
        let loss = report.testLoss.map { String(format: "%.4f", $0) } ?? "n/a"
        console.print("test accuracy \(accuracy), test loss \(loss) (\(shape) \(hidden.map(\.name).joined(separator: ",")), "
                      + "\(epochs) epochs, \(String(format: "%.1f", report.seconds)) s)")
    }

    /// One line per epoch, in Keras' terms.
    static func describe(_ epoch: EpochReport, of epochs: Int) -> String {
        var line = String(format: "epoch %d/%d  %.2fs  loss %.4f  accuracy %.4f", epoch.epoch, epochs,
                          epoch.seconds, epoch.trainLoss, epoch.trainAccuracy)
        if let loss = epoch.valLoss, let accuracy = epoch.valAccuracy {
            line += String(format: "  val_loss %.4f  val_accuracy %.4f", loss, accuracy)
        }
        for layer in epoch.layers {
            line += String(format: "  [L%d |g| %.3g dead %.2f sat %.2f", layer.layer, layer.meanGradientNorm,
                           layer.deadFraction, layer.saturatedFraction)
            if let (name, value) = layer.learnedParameter {
                line += " \(name == "alpha" ? "α" : "β") " + String(format: "%.3f (%.3f…%.3f)", value.mean, value.min, value.max)
            }
            line += "]"
        }
        return line
    }

    /// Writes `report` as pretty JSON with sorted keys, so that reports of two runs diff cleanly (NaN
    /// and infinities as the strings "nan", "inf", "-inf").
    static func write(_ report: TrainingReport, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf",
                                                                      negativeInfinity: "-inf", nan: "nan")
        do {
            try encoder.encode(report).write(to: URL(fileURLWithPath: path))
        } catch {
            throw CommandError.failed("cannot write the report to \(path): \(error.localizedDescription)")
        }
    }
}
