import LabEngine
import LabExperiments

/// Returns made-up results at once: test accuracy from `accuracies[series]`, indexed by the
/// seed's offset from `firstSeed`, so summaries can be checked against hand-computed numbers.
struct FakeExecutor: RunExecutor {
    var accuracies: [String: [Double]]
    var firstSeed: UInt64 = 1
    /// Series whose runs throw.
    var failing: Set<String> = []

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    func run(_ spec: RunSpec, data: RunData,
             progress: @escaping @Sendable (RunProgress) -> Void) throws -> RunResult {
        if failing.contains(spec.series) { throw Failure(description: "fake failure of \(spec.series)") }
        let accuracy = accuracies[spec.series]?[Int(spec.seed - firstSeed)] ?? 0.5
        let layers = (0..<spec.hiddenWidths.count).map { layer in
            LayerStatistics(layer: layer + 1, activation: spec.activations[layer],
                            family: spec.activations[layer] == "relu" ? .rectifier : .saturating,
                            meanGradientNorm: 0.1 * Double(layer + 1), deadFraction: 0.25, saturatedFraction: 0.5)
        }
        let epochs = (1...spec.epochs).map { epoch in
            progress(RunProgress(epoch: epoch, epochs: spec.epochs, fractionOfEpoch: 1, loss: 1, accuracy: accuracy))
            return EpochReport(epoch: epoch, seconds: 0.5, trainLoss: 1 / Double(epoch), trainAccuracy: accuracy,
                               valLoss: 1, valAccuracy: accuracy, layers: layers, outputGradientNorm: 0.4)
        }
        return RunResult(spec: spec, architecture: spec.architecture(inputs: data.train.featureCount, classes: data.train.classCount),
                         trainCount: data.train.count, validationCount: data.validation?.count ?? 0,
                         testCount: data.test.count, epochs: epochs, testLoss: 1 - accuracy, testAccuracy: accuracy,
                         initialGradientNorms: (layers + [layers[0]]).map { $0.meanGradientNorm / 100 }, seconds: 1)
    }
}
