import LabCharts
import LabEngine
import LabExperiments

/// Returns made-up results at once: test accuracy from `accuracies[series]`, indexed by the
/// seed's offset from `firstSeed`, so summaries can be checked against hand-computed numbers.
/// A run that samples a decision boundary gets one too: class 1 right of a line that moves
/// left epoch by epoch, recorded after every epoch.
struct FakeExecutor: RunExecutor {
    var accuracies: [String: [Double]]
    var firstSeed: UInt64 = 1
    /// Series whose runs throw.
    var failing: Set<String> = []
    /// Every saturating layer's saturated fraction (0 for a chart with nothing to draw).
    var saturated = 0.5

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
                            meanGradientNorm: 0.1 * Double(layer + 1), deadFraction: 0.25, saturatedFraction: saturated)
        }
        let epochs = (1...spec.epochs).map { epoch in
            progress(RunProgress(epoch: epoch, epochs: spec.epochs, fractionOfEpoch: 1, loss: 1, accuracy: accuracy))
            return EpochReport(epoch: epoch, seconds: 0.5, trainLoss: 1 / Double(epoch), trainAccuracy: accuracy,
                               valLoss: 1, valAccuracy: accuracy, layers: layers, outputGradientNorm: 0.4)
        }
        return RunResult(spec: spec, architecture: spec.architecture(inputs: data.train.featureCount, classes: data.train.classCount),
                         trainCount: data.train.count, validationCount: data.validation?.count ?? 0,
                         testCount: data.test.count, epochs: epochs, testLoss: 1 - accuracy, testAccuracy: accuracy,
                         initialGradientNorms: (layers + [layers[0]]).map { $0.meanGradientNorm / 100 }, seconds: 1,
                         boundary: spec.boundaryResolution.map { Self.boundary(resolution: $0, epochs: spec.epochs) })
    }

    /// Class 1 right of x = 0.5 − epoch / epochs on [−1, 1]², frames on a grid half as fine.
    static func boundary(resolution: Int, epochs: Int) -> BoundaryGrid {
        func cells(_ side: Int, epoch: Int) -> [Int] {
            let edge = 0.5 - Double(epoch) / Double(max(epochs, 1))
            return (0..<(side * side)).map { cell in
                -1 + (Double(cell % side) + 0.5) / Double(side) * 2 > edge ? 1 : 0
            }
        }
        let coarse = max(resolution / 2, 1)
        let frames = (1...max(epochs, 1)).map { epoch in
            BoundaryFrames.encode(classes: cells(coarse, epoch: epoch), confidences: nil, classCount: 2)
        }
        return BoundaryGrid(xRange: -1...1, yRange: -1...1, resolution: resolution,
                            predictedClasses: cells(resolution, epoch: epochs),
                            confidences: Array(repeating: 0.9, count: resolution * resolution),
                            points: [ClassPoint(x: -0.8, y: 0.2, classIndex: 0), ClassPoint(x: 0.6, y: -0.4, classIndex: 1)],
                            epochs: BoundaryFrames(columns: coarse, rows: coarse, frames: frames))
    }
}
