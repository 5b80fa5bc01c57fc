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
        // A 2-D classifier's boundary is sampled after every epoch, coarsely, for the page's
        // slider, and once finely at the end. Sampling only reads the network.
        let plane = spec.boundaryResolution.flatMap { resolution in
            data.train.featureCount == 2 ? (resolution: resolution, ranges: Self.ranges(of: data)) : nil
        }
        var frames = plane.map { BoundaryFrames(columns: max($0.resolution / 2, 1), rows: max($0.resolution / 2, 1)) }
        let report = Trainer.train(network, on: data.train, validation: data.validation, test: data.test,
                                   configuration: configuration, epochEnded: { _ in
            guard let plane, let grid = frames else { return }
            let cells = Self.sample(network, x: plane.ranges.x, y: plane.ranges.y, resolution: grid.columns)
            frames?.frames.append(BoundaryFrames.encode(classes: cells.classes, confidences: cells.confidences,
                                                        classCount: classes))
        }, progress: { step in
            progress(RunProgress(epoch: step.epoch, epochs: step.epochs,
                                 fractionOfEpoch: Double(step.step) / Double(max(step.steps, 1)),
                                 loss: step.loss, accuracy: step.accuracy))
        })
        let boundary = plane.map { plane in
            var grid = Self.boundary(of: network, resolution: plane.resolution, data: data)
            grid.epochs = frames
            return grid
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
        let (xRange, yRange) = ranges(of: data)
        let cells = sample(network, x: xRange, y: yRange, resolution: resolution)
        let test = features(of: data.test)
        let shown = min(data.test.count, boundaryPoints)
        let points = (0..<shown).map { index in
            ClassPoint(x: Double(test[2 * index]), y: Double(test[2 * index + 1]), classIndex: Int(data.test.labels[index]))
        }
        return BoundaryGrid(xRange: xRange, yRange: yRange, resolution: resolution,
                            predictedClasses: cells.classes, confidences: cells.confidences, points: points)
    }

    /// The plane a 2-D data set's boundary is drawn on: its extent plus a 10% margin.
    static func ranges(of data: RunData) -> (x: ClosedRange<Double>, y: ClosedRange<Double>) {
        let train = features(of: data.train), test = features(of: data.test)
        func range(_ axis: Int) -> ClosedRange<Double> {
            let values = stride(from: axis, to: train.count, by: 2).map { Double(train[$0]) }
                + stride(from: axis, to: test.count, by: 2).map { Double(test[$0]) }
            let low = values.min() ?? -1, high = values.max() ?? 1
            let margin = max((high - low) * 0.1, 1e-3)
            return (low - margin)...(high + margin)
        }
        return (range(0), range(1))
    }

    /// The predicted class and its probability at the centre of every cell of a `resolution`²
    /// grid over the plane, row-major from the bottom row.
    static func sample(_ network: Network, x xRange: ClosedRange<Double>, y yRange: ClosedRange<Double>,
                       resolution: Int) -> (classes: [Int], confidences: [Double]) {
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
        return (predicted, confidences)
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
