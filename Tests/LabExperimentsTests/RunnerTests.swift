import LabData
import LabExperiments
import Testing

@Suite struct RunnerTests {
    static func loader(_ name: String) throws -> DataSplit {
        SyntheticShape.moons.make(trainCount: 50, testCount: 10, seed: 3)
    }

    @Test func resultsKeepThePlannedOrderWhateverTheSchedule() throws {
        let accuracies = ["relu": [0.1, 0.2, 0.3], "sigmoid": [0.4, 0.5, 0.6]]
        for jobs in [1, 2] {
            let runner = ExperimentRunner(executor: FakeExecutor(accuracies: accuracies), loadData: Self.loader)
            let result = try runner.run(.reluVersusSigmoid, options: ExperimentOptions(seeds: 3, epochs: 1, jobs: jobs))
            #expect(result.runs.map(\.testAccuracy) == [0.1, 0.2, 0.3, 0.4, 0.5, 0.6])
            #expect(result.jobs == jobs)
        }
    }

    @Test func failedRunsAreKeptAndTheRestFinish() throws {
        let runner = ExperimentRunner(executor: FakeExecutor(accuracies: [:], failing: ["sigmoid"]), loadData: Self.loader)
        let result = try runner.run(.reluVersusSigmoid, options: ExperimentOptions(epochs: 1))
        #expect(result.runs.map(\.spec.series) == ["relu"])
        #expect(result.failures.map(\.message) == ["fake failure of sigmoid"])
        #expect(Summary.document(result, figures: []).markdown().contains("fake failure of sigmoid"))
    }

    @Test func everyRunFailingIsAnError() {
        let runner = ExperimentRunner(executor: FakeExecutor(accuracies: [:], failing: ["relu", "sigmoid"]), loadData: Self.loader)
        #expect(throws: ExperimentError.self) {
            try runner.run(.reluVersusSigmoid, options: ExperimentOptions(epochs: 1))
        }
    }

    @Test func runDataAppliesLimitsThenSplitsTheLastPart() {
        let split = SyntheticShape.circles.make(trainCount: 100, testCount: 40, seed: 2)
        var spec = RunSpec(series: "relu", dataset: "circles", hiddenWidths: [4], activations: ["relu"],
                           epochs: 1, batchSize: 8, validation: .split(fraction: 0.2), trainLimit: 50, testLimit: 30)
        let data = RunData(split: split, for: spec)
        // 50 examples kept; the last 20% (10) validate, the first 40 train.
        #expect(data.train.count == 40)
        #expect(data.validation?.count == 10)
        #expect(data.test.count == 30)
        #expect(data.validation?.labels == Array(split.train.labels[40..<50]))
        spec.validation = .testSet
        spec.trainLimit = nil
        let onTest = RunData(split: split, for: spec)
        #expect(onTest.train.count == 100)
        #expect(onTest.validation?.count == 30)
    }

    @Test func unknownActivationsAreNamed() {
        let problem = ActivationCheck.problem(with: ["relu", "swishy"])
        #expect(problem?.contains("unknown activation 'swishy'") == true)
    }
}
