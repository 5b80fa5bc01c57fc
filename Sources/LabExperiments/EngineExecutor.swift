import ActivationCatalog
import LabCharts
import LabData
import LabEngine

/// Trains runs with the kit's own trainer (`LabEngine`), taking each hidden layer's activation
/// from `ActivationCatalog`: the student's Exercises by default, the Solutions with
/// `KIT_IMPL=solutions`.
public struct EngineExecutor: RunExecutor {
    /// At most this many test examples are drawn over a decision boundary: enough to show the
    /// shape, few enough to keep the SVG light.
    static let boundaryPoints = 400

    public init() {}

    public func run(_ spec: RunSpec, data: RunData,
                    progress: @escaping @Sendable (RunProgress) -> Void) throws -> RunResult {
        let hidden = try zip(spec.hiddenWidths, spec.activations).map { width, name in
            HiddenLayer(width: width, name: name, activation: try ActivationCatalog.lookup(name))
        }
        let classes = max(data.train.classCount, data.test.classCount)
        let network = Network(inputCount: data.train.featureCount, hidden: hidden, classCount: classes,
                              initializer: spec.initializer, normalization: spec.normalization,
                              residual: spec.residual, seed: spec.seed)
        let optimizer: OptimizerConfiguration = spec.optimizer == .adam
            ? .adam(learningRate: spec.learningRate) : .sgd(learningRate: spec.learningRate)
        let configuration = TrainingConfiguration(epochs: spec.epochs, batchSize: spec.batchSize,
                                                  optimizer: optimizer, seed: spec.seed)
        let report = Trainer.train(network, on: data.train, validation: data.validation, test: data.test,
                                   configuration: configuration, progress: { step in
            progress(RunProgress(epoch: step.epoch, epochs: step.epochs,
                                 fractionOfEpoch: Double(step.step) / Double(max(step.steps, 1)),
                                 loss: step.loss, accuracy: step.accuracy))
        })
        let boundary = spec.boundaryResolution.flatMap { resolution in
            data.train.featureCount == 2 ? Self.boundary(of: network, resolution: resolution, data: data) : nil
        }
        return RunResult(
            spec: spec, architecture: spec.architecture(inputs: data.train.featureCount, classes: classes),
            trainCount: report.trainCount, validationCount: report.validationCount, testCount: data.test.count,
            epochs: report.epochs, testLoss: report.testLoss ?? .nan, testAccuracy: report.testAccuracy ?? .nan,
            initialGradientNorms: report.initialGradientNorms, seconds: report.seconds, boundary: boundary,
            message: report.message)
    }

    /// Samples `network` on a `resolution`² grid over the data's extent (plus a 10% margin).
    static func boundary(of network: Network, resolution: Int, data: RunData) -> BoundaryGrid {
        let train = features(of: data.train), test = features(of: data.test)
        func range(_ axis: Int) -> ClosedRange<Double> {
            let values = stride(from: axis, to: train.count, by: 2).map { Double(train[$0]) }
                + stride(from: axis, to: test.count, by: 2).map { Double(test[$0]) }
            let low = values.min() ?? -1, high = values.max() ?? 1
            let margin = max((high - low) * 0.1, 1e-3)
            return (low - margin)...(high + margin)
        }
        let xRange = range(0), yRange = range(1)
        var grid: [Float] = []
        grid.reserveCapacity(resolution * resolution * 2)
        for row in 0..<resolution {
            let y = yRange.lowerBound + (Double(row) + 0.5) / Double(resolution) * (yRange.upperBound - yRange.lowerBound)
            for column in 0..<resolution {
                let x = xRange.lowerBound + (Double(column) + 0.5) / Double(resolution) * (xRange.upperBound - xRange.lowerBound)
                grid += [Float(x), Float(y)]
            }
        }
        let probabilities = network.probabilities(grid)
        let classes = probabilities.count / (resolution * resolution)
        var predicted: [Int] = [], confidences: [Double] = []
        for cell in 0..<(resolution * resolution) {
            let row = probabilities[(cell * classes)..<((cell + 1) * classes)]
            let best = row.indices.max { row[$0] < row[$1] }!
            predicted.append(best - cell * classes)
            // Three decimals are all a colour needs, and keep results.json small.
            confidences.append((Double(row[best]) * 1000).rounded() / 1000)
        }
        let shown = min(data.test.count, boundaryPoints)
        let points = (0..<shown).map { index in
            ClassPoint(x: Double(test[2 * index]), y: Double(test[2 * index + 1]), classIndex: Int(data.test.labels[index]))
        }
        return BoundaryGrid(xRange: xRange, yRange: yRange, resolution: resolution,
                            predictedClasses: predicted, confidences: confidences, points: points)
    }

    /// All features of a 2-D data set, row-major.
    private static func features(of dataset: Dataset) -> [Float] {
        var values = [Float](repeating: 0, count: dataset.count * dataset.featureCount)
        values.withUnsafeMutableBufferPointer { buffer in
            if let base = buffer.baseAddress { dataset.copyFeatures(rows: 0..<dataset.count, into: base) }
        }
        return values
    }
}
