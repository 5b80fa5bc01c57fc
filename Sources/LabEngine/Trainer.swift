import Dispatch
import LabData

/// Mini-batch training of a `Network`, with the statistics the articles' experiments plot.
public enum Trainer {
    /// Trains `network` in place and reports every epoch.
    ///
    /// Each epoch reshuffles the training set (Fisher–Yates, driven by a `SeededGenerator` seeded
    /// with `configuration.seed`), then takes ⌈count / batchSize⌉ steps; the last batch may be
    /// smaller, as in Keras. The same network seed and configuration give bit-identical weights,
    /// losses and statistics in every run. If a batch loss is NaN or infinite, training stops
    /// before that update and the report says `diverged` with a message.
    ///
    /// - Parameters:
    ///   - validation: evaluated after every epoch (pass the test set to do what the articles do).
    ///   - test: evaluated once at the end, unless training diverged.
    ///   - progress: called after every step, on the calling thread.
    ///   - epochEnded: called with each epoch's report as soon as it is complete.
    public static func train(_ network: Network, on training: Dataset, validation: Dataset? = nil,
                             test: Dataset? = nil, configuration: TrainingConfiguration,
                             epochEnded: ((EpochReport) -> Void)? = nil,
                             progress: ((TrainingProgress) -> Void)? = nil) -> TrainingReport {
        precondition(configuration.batchSize > 0 && configuration.epochs >= 0, "bad training configuration")
        precondition(training.count > 0, "the training set is empty")
        precondition(training.featureCount == network.inputCount && training.classCount <= network.classCount,
                     "data set shape does not match the network")
        let runStart = DispatchTime.now().uptimeNanoseconds
        network.reserve(rows: configuration.batchSize)
        var report = TrainingReport(
            network: network.description, training: configuration, dataSource: nil,
            trainCount: training.count, validationCount: validation?.count ?? 0, epochs: [],
            initialGradientNorms: [], testLoss: nil, testAccuracy: nil, diverged: false, message: nil,
            seconds: 0)
        var optimizer = Optimizer(configuration.optimizer)
        var shuffler = SeededGenerator(seed: configuration.seed)
        var order = Array(0..<training.count)
        let batchSize = configuration.batchSize
        let steps = (training.count + batchSize - 1) / batchSize
        let layerCount = network.layerCount
        var norms = [Double](repeating: 0, count: layerCount)
        var normSums = norms

        epochs: for epoch in stride(from: 1, through: configuration.epochs, by: 1) {
            let epochStart = DispatchTime.now().uptimeNanoseconds
            if configuration.shuffle { shuffle(&order, using: &shuffler) }
            for layer in network.layers { layer.resetStatistics() }
            for l in 0..<layerCount { normSums[l] = 0 }
            var lossSum = 0.0, correct = 0, seen = 0
            for step in 0..<steps {
                let batch = order[(step * batchSize)..<min((step + 1) * batchSize, training.count)]
                let rows = network.load(training, rows: batch)
                network.forward(rows: rows, valid: batch.count, training: true)
                let result = network.head(valid: batch.count, gradient: true)
                if !result.loss.isFinite && configuration.stopOnDivergence {
                    report.diverged = true
                    report.message = "training diverged: the loss became \(result.loss.isNaN ? "NaN" : "infinite") at epoch \(epoch), "
                        + "step \(step + 1) of \(steps) (learning rate too high, or an activation returns NaN)"
                    break epochs
                }
                optimizer.begin()
                norms.withUnsafeMutableBufferPointer { norms in
                    network.backward(rows: rows, valid: batch.count, optimizer: optimizer, norms: norms.baseAddress!)
                }
                if report.initialGradientNorms.isEmpty { report.initialGradientNorms = norms }
                for l in 0..<layerCount { normSums[l] += norms[l] }
                lossSum += result.loss
                correct += result.correct
                seen += batch.count
                progress?(TrainingProgress(epoch: epoch, epochs: configuration.epochs, step: step + 1,
                                           steps: steps, loss: lossSum / Double(seen),
                                           accuracy: Double(correct) / Double(seen)))
            }
            let validationResult = validation.map(network.evaluate)
            let layers = (0..<(layerCount - 1)).map { index in
                statistics(of: network, layer: index, meanNorm: normSums[index] / Double(steps), examples: seen)
            }
            let epochReport = EpochReport(
                epoch: epoch, seconds: seconds(since: epochStart),
                trainLoss: lossSum / Double(max(seen, 1)), trainAccuracy: Double(correct) / Double(max(seen, 1)),
                valLoss: validationResult?.loss, valAccuracy: validationResult?.accuracy, layers: layers,
                outputGradientNorm: normSums[layerCount - 1] / Double(steps))
            report.epochs.append(epochReport)
            epochEnded?(epochReport)
        }
        if !report.diverged, let test {
            let result = network.evaluate(test)
            report.testLoss = result.loss
            report.testAccuracy = result.accuracy
        }
        report.seconds = seconds(since: runStart)
        return report
    }

    /// The dead and saturated fractions of hidden layer `index` from the epoch's counters.
    private static func statistics(of network: Network, layer index: Int, meanNorm: Double,
                                   examples: Int) -> LayerStatistics {
        let layer = network.layers[index]
        var dead = 0, saturated = 0
        for j in 0..<layer.width {
            if layer.everPositive.pointer[j] == 0 { dead += 1 }
            if Double(layer.saturatedCounts.pointer[j]) >= 0.95 * Double(examples) { saturated += 1 }
        }
        var record = LayerStatistics(
            layer: index + 1, activation: network.hiddenNames[index], family: network.families[index],
            meanGradientNorm: meanNorm, deadFraction: Double(dead) / Double(layer.width),
            saturatedFraction: Double(saturated) / Double(layer.width))
        if let learnable = layer.learnable, let values = network.learnedParameters(layer: index) {
            record.record(LearnedParameterSummary(values), named: type(of: learnable).parameterName)
        }
        return record
    }

    /// Fisher–Yates with an index drawn by a 128-bit multiply (Lemire, without the rejection
    /// step: the bias is below 2⁻⁴⁰ for any data set size), so the order depends only on the
    /// generator, never on the standard library's version.
    static func shuffle(_ order: inout [Int], using generator: inout SeededGenerator) {
        guard order.count > 1 else { return }
        for i in stride(from: order.count - 1, to: 0, by: -1) {
            let j = Int(UInt64(i + 1).multipliedFullWidth(by: generator.next()).high)
            order.swapAt(i, j)
        }
    }

    static func seconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}

/// How to train: epochs, batch size, optimizer and the seed of the shuffles.
public struct TrainingConfiguration: Codable, Sendable, Equatable {
    public var epochs: Int
    public var batchSize: Int
    public var optimizer: OptimizerConfiguration
    /// Seeds the per-epoch shuffles (the initial weights have the network's own seed).
    public var seed: UInt64
    /// Reshuffle the training set before every epoch, like Keras' `shuffle=True`.
    public var shuffle: Bool
    /// Stop at the first NaN or infinite batch loss (the default). `lab bench` turns this off
    /// so that it can time the arithmetic even with the lessons' NaN-returning stubs built.
    public var stopOnDivergence: Bool

    public init(epochs: Int = 5, batchSize: Int = 32, optimizer: OptimizerConfiguration = .adam(),
                seed: UInt64 = 1, shuffle: Bool = true, stopOnDivergence: Bool = true) {
        self.epochs = epochs
        self.batchSize = batchSize
        self.optimizer = optimizer
        self.seed = seed
        self.shuffle = shuffle
        self.stopOnDivergence = stopOnDivergence
    }
}

/// What the progress callback receives after every training step.
public struct TrainingProgress: Sendable {
    /// 1-based epoch and step within the epoch.
    public var epoch: Int
    public var epochs: Int
    public var step: Int
    public var steps: Int
    /// Running means over the epoch so far (what Keras' progress bar shows).
    public var loss: Double
    public var accuracy: Double
}
