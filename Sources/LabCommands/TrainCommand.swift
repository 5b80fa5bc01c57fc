import ActivationCatalog
import Foundation
import LabData
import LabEngine

/// `lab train`: train a multilayer perceptron on a data set.
enum TrainCommand: Command {
    static let name = "train"
    static let summary = "train a multilayer perceptron on a data set"
    static let help = """
        usage: lab train [--dataset fashion-mnist] [--hidden 128] [--activation relu] [--epochs 5]
                         [--batch-size 32] [--optimizer adam|sgd] [--learning-rate 0.001] [--seed 1]
                         [--validation-split F] [--data-dir DIR] [--init glorot|he] [--momentum M]
                         [--report run.json] [--quiet]

        Trains dense hidden layers with a softmax output (cross-entropy) and prints the loss and
        accuracy of every epoch, then the test accuracy.

          --dataset NAME          fashion-mnist (default), mnist, kmnist, or a synthetic 2-D set:
                                  spiral, circles, xor, moons
          --hidden 128,64         hidden layer widths, input side first
          --activation relu,tanh  one activation for every hidden layer, or one per layer
          --epochs N              passes over the training set (default 5)
          --batch-size N          examples per step (default 32); the set is reshuffled every epoch
          --optimizer adam|sgd    Adam (Keras defaults) or SGD with momentum (default adam)
          --learning-rate LR      default 0.001 for adam, 0.01 for sgd (Keras' defaults)
          --momentum M            SGD momentum (default 0, as Keras)
          --init glorot|he        Glorot uniform (Keras' default) or He uniform
          --seed N                initial weights, shuffles and synthetic data (default 1)
          --validation-split F    validate on the last fraction F of the training set (Keras'
                                  validation_split); default: validate on the test set, as the
                                  articles do
          --data-dir DIR          where the IDX files are (default: the usual places)
          --report FILE           write everything measured as JSON
          --quiet                 print only the final summary

        activations: \(ActivationCatalog.names.joined(separator: ", "))
        """

    static func run(_ words: [String]) throws {
        var arguments = try Arguments(words, booleanFlags: ["quiet"])
        let dataset = arguments.string("dataset")
        let widths = try parseList(arguments.string("hidden") ?? "128", flag: "hidden") { text -> Int? in
            guard let width = Int(text), width > 0 else { return nil }
            return width
        }
        let names = try parseList(arguments.string("activation") ?? "relu", flag: "activation") { $0 }
        guard names.count == 1 || names.count == widths.count else {
            throw CommandError.usage("--activation lists \(names.count) activations for \(widths.count) hidden layers")
        }
        let hidden = try zip(widths, names.count == 1 ? Array(repeating: names[0], count: widths.count) : names)
            .map { width, name -> HiddenLayer in
                guard let activation = ActivationCatalog.activation(named: name) else {
                    throw CommandError.usage("unknown activation '\(name)'; choose one of \(ActivationCatalog.names.joined(separator: ", "))")
                }
                return HiddenLayer(width: width, name: name, activation: activation)
            }
        let epochs = try arguments.value("epochs", default: 5, kind: "a positive integer") { Int($0).flatMap { $0 > 0 ? $0 : nil } }
        let batchSize = try arguments.value("batch-size", default: 32, kind: "a positive integer") { Int($0).flatMap { $0 > 0 ? $0 : nil } }
        let kind = try arguments.value("optimizer", default: OptimizerConfiguration.Kind.adam, kind: "adam or sgd") {
            OptimizerConfiguration.Kind(rawValue: $0)
        }
        let learningRate = try arguments.value("learning-rate", default: kind == .adam ? 1e-3 : 1e-2,
                                               kind: "a positive number") { Double($0).flatMap { $0 > 0 && $0.isFinite ? $0 : nil } }
        let momentum = try optional(&arguments, "momentum", kind: "a number in [0, 1)") {
            Double($0).flatMap { $0 >= 0 && $0 < 1 ? $0 : nil }
        }
        if momentum != nil && kind != .sgd {
            throw CommandError.usage("--momentum applies to --optimizer sgd only")
        }
        let seed = try arguments.value("seed", default: UInt64(1), kind: "a non-negative integer") { UInt64($0) }
        let split = try optional(&arguments, "validation-split", kind: "a fraction in (0, 1)") {
            Double($0).flatMap { $0 > 0 && $0 < 1 ? $0 : nil }
        }
        let initializer = try arguments.value("init", default: WeightInitializer.glorot, kind: "glorot or he") {
            WeightInitializer(rawValue: $0)
        }
        let directory = arguments.string("data-dir")
        let reportPath = arguments.string("report")
        let quiet = arguments.flag("quiet")
        try arguments.rejectUnknown()

        for layer in hidden where layer.activation(0.5).isNaN {
            warn("activation '\(layer.name)' returns NaN: its lesson is still a stub (build with KIT_IMPL=solutions for the reference)")
        }
        let data: DataSplit
        do {
            data = try DataLoader.load(dataset: dataset, directory: directory, seed: seed)
        } catch {
            throw CommandError.failed("\(error)")
        }
        if !quiet { print("data: \(data.source)") }
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
            print("network: \(shape), \(hidden.map(\.name).joined(separator: ",")), \(initializer.rawValue) init; "
                  + "\(kind.rawValue) lr \(learningRate), batch \(batchSize), \(epochs) epochs, seed \(seed); "
                  + "validation: \(validation.name) (\(validation.count))")
        }
        let display = ProgressDisplay(enabled: !quiet && isatty(STDOUT_FILENO) != 0)
        var report = Trainer.train(network, on: training, validation: validation, test: data.test,
                                   configuration: configuration, epochEnded: { epoch in
            display.clear()
            if !quiet { print(describe(epoch, of: epochs)) }
        }, progress: display.update)
        display.clear()
        report.dataSource = data.source

        if let reportPath { try write(report, to: reportPath) }
        if report.diverged {
            throw CommandError.failed(report.message ?? "training diverged")
        }
        let accuracy = report.testAccuracy.map { String(format: "%.4f", $0) } ?? "n/a"
        let loss = report.testLoss.map { String(format: "%.4f", $0) } ?? "n/a"
        print("test accuracy \(accuracy), test loss \(loss) (\(shape) \(hidden.map(\.name).joined(separator: ",")), "
              + "\(epochs) epochs, \(String(format: "%.1f", report.seconds)) s)")
    }

    /// The value of `--name` converted by `parse`, nil when absent; a bad value is a usage error.
    static func optional<T>(_ arguments: inout Arguments, _ name: String, kind: String,
                            _ parse: (String) -> T?) throws -> T? {
        guard arguments.string(name) != nil else { return nil }
        return try arguments.value(name, default: nil, kind: kind) { parse($0) }
    }

    /// A comma-separated list, each item converted by `parse`; an empty or bad item is a usage error.
    static func parseList<T>(_ text: String, flag: String, _ parse: (String) -> T?) throws -> [T] {
        try text.split(separator: ",", omittingEmptySubsequences: false).map { item in
            let word = item.trimmingCharacters(in: .whitespaces)
            guard !word.isEmpty, let value = parse(word) else {
                throw CommandError.usage("--\(flag): bad item '\(item)' in '\(text)'")
            }
            return value
        }
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

    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("lab train: warning: \(message)\n".utf8))
    }
}
