import GradingSupport
import LabData
import LabEngine

import Testing

extension CustomActivationGrading {
    /// The proof of an activation is that a network learns with it. The reference trainer
    /// (the one `lab train` uses) fits a small network with your `CustomActivation` in both
    /// hidden layers to the two concentric circles: no straight line separates them, so a linear
    /// "activation" stays near 50 % while any reasonable non-linearity passes 90 % in a few
    /// seconds. The data, initial weights and shuffles all come from fixed seeds, so the result
    /// is the same on every run.
    @Suite("training")
    struct Training {
        /// Test accuracy the network must reach; the Solution's example reaches 1.0, a linear one 0.5.
        static let requiredAccuracy = 0.9

        @Test("a network with custom hidden units learns the circles data set (≥ 90 % test accuracy) [3 pts]")
        func trains() {
            Check.run { check in
                let data = SyntheticShape.circles.make(trainCount: 1000, testCount: 500, seed: 11)
                let network = Network(
                    inputCount: data.train.featureCount,
                    hidden: [HiddenLayer(width: 16, name: "custom", activation: CustomActivation()),
                             HiddenLayer(width: 16, name: "custom", activation: CustomActivation())],
                    classCount: data.train.classCount, initializer: .glorot, seed: 11)
                let report = Trainer.train(
                    network, on: data.train, test: data.test,
                    configuration: TrainingConfiguration(
                        epochs: 20, batchSize: 32, optimizer: .adam(learningRate: 0.01), seed: 11))
                if report.diverged {
                    check.fail("training diverged: \(report.message ?? "the loss became nan or inf")",
                               hint: CustomHints.diverged)
                    return
                }
                let accuracy = report.testAccuracy ?? 0
                if !(accuracy >= Self.requiredAccuracy) {
                    check.fail("test accuracy \(Spelling.float(Float(accuracy))) after 20 epochs on the circles set, "
                               + "expected at least \(Self.requiredAccuracy)", hint: CustomHints.trains)
                }
            }
        }
    }
}
