import ActivationCatalog
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
            .value("init", "glorot|he", default: "glorot", help: "Glorot uniform (Keras' default) or He uniform"),
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
            """)

    static func run(_ arguments: ParsedArguments, console: Console) throws {
        let widths = try arguments.value("hidden", .list(of: .positiveInteger))!
        let names = try arguments.value("activation", .list(of: .text))!
        guard names.count == 1 || names.count == widths.count else {
            throw CommandError.usage("--activation lists \(names.count) activations for \(widths.count) hidden layers")
        }
        let hidden = try zip(widths, names.count == 1 ? Array(repeating: names[0], count: widths.count) : names)
            .map { width, name -> HiddenLayer in
                do {
                    return HiddenLayer(width: width, name: name, activation: try ActivationCatalog.lookup(name))
                } catch {
                    throw CommandError.usage("\(error)")
                }
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
                              initializer: initializer, seed: seed)
        let optimizer = kind == .adam ? OptimizerConfiguration.adam(learningRate: learningRate)
            : .sgd(learningRate: learningRate, momentum: momentum ?? 0)
        let configuration = TrainingConfiguration(epochs: epochs, batchSize: batchSize, optimizer: optimizer, seed: seed)
        let shape = ([training.featureCount] + widths + [network.description.classCount]).map(String.init).joined(separator: "-")
        if !quiet {
            console.print("network: \(shape), \(hidden.map(\.name).joined(separator: ",")), \(initializer.rawValue) init; "
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
            line += String(format: "  [L%d |g| %.3g dead %.2f sat %.2f]", layer.layer, layer.meanGradientNorm,
                           layer.deadFraction, layer.saturatedFraction)
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
