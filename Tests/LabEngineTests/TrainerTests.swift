import Foundation
import Testing
@testable import LabEngine
import LabData

@Suite struct TrainerTests {
    static func tanhNetwork(seed: UInt64, widths: [Int] = [16, 16], inputs: Int = 2, classes: Int = 2) -> Network {
        Network(inputCount: inputs,
                hidden: widths.map { HiddenLayer(width: $0, name: "tanh", activation: TestActivations.Tanh()) },
                classCount: classes, seed: seed)
    }

    @Test func learnsCircles() throws {
        let data = SyntheticShape.circles.make(trainCount: 1000, testCount: 400, seed: 1)
        let network = Self.tanhNetwork(seed: 1)
        let report = Trainer.train(network, on: data.train, validation: data.test, test: data.test,
                                   configuration: TrainingConfiguration(epochs: 15, batchSize: 32,
                                                                        optimizer: .adam(learningRate: 0.01)))
        #expect(!report.diverged)
        #expect(report.epochs.count == 15)
        #expect(try #require(report.testAccuracy) >= 0.95)
        #expect(report.epochs.last!.trainLoss < report.epochs.first!.trainLoss)
        #expect(report.initialGradientNorms.count == 3 && report.initialGradientNorms.allSatisfy { $0 > 0 })
        // Class 0 is the outer ring (radius 0.9), class 1 the inner one (radius 0.45).
        #expect(network.predict([0, 0.45, 0.9, 0, -0.45, 0, 0, -0.9]) == [1, 0, 1, 0])
        let p = network.probabilities([0, 0.45])
        #expect(p.count == 2 && abs(p[0] + p[1] - 1) < 1e-6 && p[1] > 0.9)
    }

    /// Wide enough (160 inputs × 256 units × 32 rows ≥ `Parallel.minimumWork`) that the cores split the work.
    static func wideRun(seed: UInt64, shuffleSeed: UInt64, parallelism: Int = Parallel.parts) -> (Network, TrainingReport) {
        var generator = SeededGenerator(seed: 99)
        let count = 96
        let features = (0..<(count * 160)).map { _ in generator.nextUnitFloat() }
        let data = Dataset(name: "random", featureCount: 160, classCount: 3,
                           labels: (0..<count).map { UInt8($0 % 3) }, storage: .floats(features))
        let network = tanhNetwork(seed: seed, widths: [256, 40], inputs: 160, classes: 3)
        network.parallelism = parallelism
        let report = Trainer.train(network, on: data, validation: data,
                                   configuration: TrainingConfiguration(epochs: 2, batchSize: 32, seed: shuffleSeed))
        return (network, report)
    }

    @Test func sameSeedSameBits() {
        #expect(32 * 160 * 256 >= Parallel.minimumWork && Parallel.parts(work: 32 * 160 * 256, pieces: 8, limit: 8) == 8)
        let (first, a) = Self.wideRun(seed: 1, shuffleSeed: 1)
        let (second, b) = Self.wideRun(seed: 1, shuffleSeed: 1)
        for layer in 0..<first.layerCount {
            #expect(first.weights(layer: layer) == second.weights(layer: layer))
            #expect(first.biases(layer: layer) == second.biases(layer: layer))
        }
        #expect(a.epochs.map(\.trainLoss) == b.epochs.map(\.trainLoss))
        #expect(a.epochs.map(\.valLoss) == b.epochs.map(\.valLoss))
        #expect(a.epochs.map { $0.layers.map(\.meanGradientNorm) } == b.epochs.map { $0.layers.map(\.meanGradientNorm) })
        let (other, c) = Self.wideRun(seed: 2, shuffleSeed: 1)
        #expect(other.weights(layer: 0) != first.weights(layer: 0))
        #expect(c.epochs.map(\.trainLoss) != a.epochs.map(\.trainLoss))
        let (_, d) = Self.wideRun(seed: 1, shuffleSeed: 2)
        #expect(d.epochs.map(\.trainLoss) != a.epochs.map(\.trainLoss), "the shuffle seed matters")
    }

    @Test func hugeLearningRateDiverges() {
        let data = SyntheticShape.spiral.make(trainCount: 300, testCount: 100, seed: 3)
        let network = Network(inputCount: 2, hidden: [HiddenLayer(width: 32, name: "relu", activation: TestActivations.ReLU())],
                              classCount: 3, seed: 1)
        let report = Trainer.train(network, on: data.train, test: data.test,
                                   configuration: TrainingConfiguration(epochs: 5, optimizer: .sgd(learningRate: 1e30)))
        #expect(report.diverged)
        #expect(report.message?.contains("diverged") == true)
        #expect(report.epochs.count < 5)
        #expect(report.testAccuracy == nil)
    }

    /// A stub activation stops training at the first step, unless told to keep going (`lab bench`).
    @Test func stubActivationDivergesAtOnce() {
        let data = SyntheticShape.moons.make(trainCount: 64, testCount: 32, seed: 1)
        func run(stop: Bool) -> TrainingReport {
            let network = Network(inputCount: 2, hidden: [HiddenLayer(width: 8, name: "stub", activation: TestActivations.Stub())],
                                  classCount: 2, seed: 1)
            return Trainer.train(network, on: data.train, test: data.test,
                                 configuration: TrainingConfiguration(epochs: 2, stopOnDivergence: stop))
        }
        let stopped = run(stop: true)
        #expect(stopped.diverged && stopped.epochs.isEmpty)
        #expect(stopped.message?.contains("NaN at epoch 1, step 1") == true)
        let timed = run(stop: false)
        #expect(!timed.diverged && timed.epochs.count == 2 && timed.epochs[1].trainLoss.isNaN)
    }

    @Test func progressAndReport() throws {
        let data = SyntheticShape.circles.make(trainCount: 100, testCount: 50, seed: 2)
        let network = Self.tanhNetwork(seed: 3, widths: [8])
        var steps: [Int] = [], ended: [Int] = []
        let report = Trainer.train(network, on: data.train, validation: data.test,
                                   configuration: TrainingConfiguration(epochs: 2, batchSize: 32),
                                   epochEnded: { ended.append($0.epoch) },
                                   progress: { progress in
            if progress.epoch == 1 { steps.append(progress.step) }
            #expect(progress.steps == 4 && progress.accuracy >= 0 && progress.accuracy <= 1)
        })
        #expect(steps == [1, 2, 3, 4])
        #expect(ended == [1, 2])
        let layer = try #require(report.epochs.first?.layers.first)
        #expect(layer.family == .saturating && layer.meanGradientNorm > 0)
        #expect((0...1).contains(layer.deadFraction) && (0...1).contains(layer.saturatedFraction))
        let json = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
        for key in ["trainLoss", "trainAccuracy", "valLoss", "valAccuracy", "meanGradientNorm", "deadFraction",
                    "saturatedFraction", "outputGradientNorm", "diverged", "initialGradientNorms"] {
            #expect(json.contains("\"\(key)\""), "\(key)")
        }
    }

    /// With a learning rate of 0 and no shuffling every epoch sees the same weights and batches,
    /// so each layer's epoch statistic must be the mean of ‖∂L/∂W‖ over those batches, here
    /// computed by the reference network, batch by batch.
    @Test func epochGradientNormsAreStepMeansForEveryLayer() throws {
        let data = SyntheticShape.circles.make(trainCount: 80, testCount: 10, seed: 5)
        let network = Self.tanhNetwork(seed: 6)
        let reference = ReferenceNetwork(network)
        let report = Trainer.train(network, on: data.train,
                                   configuration: TrainingConfiguration(epochs: 2, batchSize: 32,
                                                                        optimizer: .sgd(learningRate: 0), shuffle: false))
        guard case .floats(let features) = data.train.storage else { fatalError("float features expected") }
        let batches = [0..<32, 32..<64, 64..<80]
        var sums = [Double](repeating: 0, count: reference.layers.count)
        for batch in batches {
            let x = batch.map { [Double(features[2 * $0]), Double(features[2 * $0 + 1])] }
            let gradients = reference.lossAndGradients(x, labels: batch.map { Int(data.train.labels[$0]) }).layers.map(\.weights)
            for (layer, gradient) in gradients.enumerated() {
                sums[layer] += gradient.joined().reduce(0) { $0 + $1 * $1 }.squareRoot()
            }
        }
        let expected = sums.map { $0 / Double(batches.count) }
        #expect(report.epochs.count == 2)
        for epoch in report.epochs {
            let measured = epoch.layers.map(\.meanGradientNorm) + [epoch.outputGradientNorm]
            #expect(measured.count == 3)
            for (value, reference) in zip(measured, expected) {
                #expect(abs(value - reference) <= 1e-4 * reference, "epoch \(epoch.epoch): \(measured) vs \(expected)")
            }
        }
        // The output layer's mean is not just its first step's norm: the batches differ.
        #expect(abs(expected[2] - report.initialGradientNorms[2]) > 1e-3 * expected[2])
    }

    /// The parts of a product never depend on how many threads share them: one worker, two, or
    /// more than there are cores give the same bits.
    @Test func sameResultsWithAnyNumberOfWorkers() {
        func run(parallelism: Int) -> (Network, TrainingReport) {
            Self.wideRun(seed: 1, shuffleSeed: 1, parallelism: parallelism)
        }
        let (one, a) = run(parallelism: 1)
        for parallelism in [2, 3, 8] {
            let (many, b) = run(parallelism: parallelism)
            for layer in 0..<one.layerCount {
                #expect(one.weights(layer: layer) == many.weights(layer: layer), "\(parallelism) workers, layer \(layer)")
            }
            #expect(a.epochs.map(\.trainLoss) == b.epochs.map(\.trainLoss))
            #expect(a.epochs.map { $0.layers.map(\.meanGradientNorm) } == b.epochs.map { $0.layers.map(\.meanGradientNorm) })
        }
    }

    @Test func shuffleIsASeededPermutation() {
        var a = Array(0..<50), b = Array(0..<50)
        var g1 = SeededGenerator(seed: 4), g2 = SeededGenerator(seed: 4)
        Trainer.shuffle(&a, using: &g1)
        Trainer.shuffle(&b, using: &g2)
        #expect(a == b && a != Array(0..<50) && a.sorted() == Array(0..<50))
    }

    /// A wide network with every new piece at once: learned PReLU α and Swish β, batch
    /// normalisation and identity skips (the two 96-wide layers), to check determinism and the
    /// independence from the worker count for them too.
    static func remedyRun(parallelism: Int = Parallel.parts, seed: UInt64 = 1) -> (Network, TrainingReport) {
        var generator = SeededGenerator(seed: 98)
        let count = 96
        let features = (0..<(count * 160)).map { _ in generator.nextUnitFloat() }
        let data = Dataset(name: "random", featureCount: 160, classCount: 3,
                           labels: (0..<count).map { UInt8($0 % 3) }, storage: .floats(features))
        let hidden = [HiddenLayer(width: 256, name: "prelu", activation: TestActivations.PReLU()),
                      HiddenLayer(width: 96, name: "swish", activation: TestActivations.Swish()),
                      HiddenLayer(width: 96, name: "tanh", activation: TestActivations.Tanh())]
        let network = Network(inputCount: 160, hidden: hidden, classCount: 3, normalization: .batch, residual: true, seed: seed)
        network.parallelism = parallelism
        let report = Trainer.train(network, on: data, validation: data,
                                   configuration: TrainingConfiguration(epochs: 2, batchSize: 32, seed: 1))
        return (network, report)
    }

    @Test func normalizationSkipsAndLearnedParametersAreDeterministicWithAnyNumberOfWorkers() {
        let (one, a) = Self.remedyRun(parallelism: 1)
        for parallelism in [1, 2, 8] {
            let (many, b) = Self.remedyRun(parallelism: parallelism)
            for layer in 0..<one.layerCount {
                #expect(one.weights(layer: layer) == many.weights(layer: layer), "\(parallelism) workers, layer \(layer)")
                #expect(one.learnedParameters(layer: layer) == many.learnedParameters(layer: layer))
            }
            #expect(a.epochs.map(\.valLoss) == b.epochs.map(\.valLoss))
        }
        #expect(one.description.normalization == .batch && one.description.residualLayers == [3])
        #expect(one.description.parameterCount == (160 + 1) * 256 + (256 + 1) * 96 + (96 + 1) * 96 + (96 + 1) * 3
                    + 2 * (256 + 96 + 96) + 256 + 96)
    }

    /// The learned parameters move, the report carries their layer mean, smallest and largest
    /// value every epoch, and a parameter-free layer has none.
    @Test func learnedParametersMoveAndAreReported() throws {
        let (network, report) = Self.remedyRun()
        let alphas = try #require(network.learnedParameters(layer: 0)), betas = try #require(network.learnedParameters(layer: 1))
        #expect(network.learnedParameters(layer: 2) == nil)
        #expect(alphas.count == 256 && betas.count == 96)
        #expect(alphas.contains { $0 != 0.25 } && betas.contains { $0 != 1 }, "Adam moved the parameters")
        let last = try #require(report.epochs.last)
        let alpha = try #require(last.layers[0].learnedParameter), beta = try #require(last.layers[1].learnedParameter)
        #expect(alpha.name == "alpha" && beta.name == "beta" && last.layers[2].learnedParameter == nil)
        #expect(last.layers[0].alpha != nil && last.layers[0].beta == nil && last.layers[1].betaMax != nil)
        #expect(alpha.summary.min == Double(alphas.min()!) && alpha.summary.max == Double(alphas.max()!))
        #expect(abs(alpha.summary.mean - alphas.map(Double.init).reduce(0, +) / 256) < 1e-9)
        #expect(beta.summary.min == Double(betas.min()!) && beta.summary.max == Double(betas.max()!))
        #expect(report.epochs.allSatisfy { $0.layers[0].alpha != nil })
    }

    /// The cure the remedies experiment measures, in miniature: at 12 sigmoid layers the plain
    /// network's first layer gets almost no gradient at the first step, the batch-normalised
    /// and the residual ones get orders of magnitude more.
    @Test func normalizationAndSkipsLiftTheFirstLayersGradient() {
        let data = SyntheticShape.spiral.make(trainCount: 256, testCount: 64, seed: 2)
        func firstLayerRatio(_ normalization: Normalization, residual: Bool) -> Double {
            let hidden = (0..<12).map { _ in HiddenLayer(width: 32, name: "sigmoid", activation: TestActivations.Sigmoid()) }
            let network = Network(inputCount: 2, hidden: hidden, classCount: 3, normalization: normalization,
                                  residual: residual, seed: 3)
            let report = Trainer.train(network, on: data.train,
                                       configuration: TrainingConfiguration(epochs: 1, batchSize: 32, optimizer: .sgd(learningRate: 0)))
            return report.initialGradientNorms[0] / report.initialGradientNorms.last!
        }
        let plain = firstLayerRatio(.none, residual: false)
        #expect(plain < 1e-4, "plain: \(plain)")
        #expect(firstLayerRatio(.batch, residual: false) > 100 * plain)
        #expect(firstLayerRatio(.none, residual: true) > 100 * plain)
    }
}
