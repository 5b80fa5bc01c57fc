import LabExperiments
import Testing

/// The experiments must train what the articles trained.
@Suite struct ExperimentDefinitionTests {
    @Test func reluVersusSigmoidIsTheFirstArticle() {
        // Article 1: Dense(128) + Dense(10, softmax), Adam, fit(epochs=5,
        // validation_data=(x_test, y_test)), Keras' default batch 32, Fashion-MNIST.
        let runs = Experiment.reluVersusSigmoid.runs(ExperimentOptions())
        #expect(runs.map(\.series) == ["relu", "sigmoid"])
        for run in runs {
            #expect(run.dataset == "fashion-mnist")
            #expect(run.hiddenWidths == [128])
            #expect(run.activations == [run.series])
            #expect(run.epochs == 5)
            #expect(run.batchSize == 32)
            #expect(run.optimizer == .adam)
            #expect(run.learningRate == 0.001)
            #expect(run.initializer == .glorot)
            #expect(run.validation == .testSet)
            #expect(run.trainLimit == nil && run.testLimit == nil)
            #expect(run.architecture(inputs: 784, classes: 10) == "784-128-10")
        }
        #expect(Experiment.reluVersusSigmoid.reference == ["relu": 0.875, "sigmoid": 0.872])
    }

    @Test func compareActivationsIsTheThirdArticlesSectionFour() {
        // Article 3 §4: Dense(128) → Dense(64) → Dense(10), Adam, epochs=10, batch_size=32,
        // validation_split=0.2, MNIST.
        let runs = Experiment.compareActivations.runs(ExperimentOptions())
        #expect(runs.map(\.series) == ["sigmoid", "tanh", "relu", "leaky-relu"])
        for run in runs {
            #expect(run.hiddenWidths == [128, 64])
            #expect(run.activations == [run.series, run.series])
            #expect(run.epochs == 10)
            #expect(run.batchSize == 32)
            #expect(run.optimizer == .adam)
            #expect(run.validation == .split(fraction: 0.2))
        }
        // Without --data-dir there is no MNIST here: Fashion-MNIST instead; with one, MNIST.
        #expect(runs.allSatisfy { $0.dataset == "fashion-mnist" })
        let mnist = Experiment.compareActivations.runs(ExperimentOptions(dataDirectory: "/data/mnist"))
        #expect(mnist.allSatisfy { $0.dataset == "mnist" })
        let chosen = Experiment.compareActivations.runs(ExperimentOptions(dataset: "kmnist", dataDirectory: "/d"))
        #expect(chosen.allSatisfy { $0.dataset == "kmnist" })
    }

    @Test func customTrainsBesideTheClassics() {
        let runs = Experiment.custom.runs(ExperimentOptions())
        #expect(Set(runs.map(\.series)) == ["custom", "sigmoid", "tanh", "relu"])
        #expect(runs.contains { $0.dataset == "spiral" && $0.boundaryResolution != nil })
        #expect(runs.filter { $0.dataset == "fashion-mnist" }.allSatisfy { $0.hiddenWidths == [128] && $0.epochs == 5 })
    }

    @Test func depthSweepsOneToSixteenLayersOfEqualWidth() {
        let runs = Experiment.depth.runs(ExperimentOptions())
        #expect(runs.count == 6 * 5)
        #expect(Set(runs.map(\.hiddenWidths.count)) == [1, 2, 4, 8, 16])
        #expect(Set(runs.map(\.series)).isSuperset(of: ["sigmoid", "tanh", "relu", "leaky-relu"]))
        for run in runs {
            #expect(Set(run.hiddenWidths).count == 1)
            #expect(run.activations == Array(repeating: run.series, count: run.hiddenWidths.count))
            #expect(run.variant == "depth \(run.hiddenWidths.count)")
        }
    }

    @Test func mixedPairsAgainstPureNetworks() {
        let runs = Experiment.mixed.runs(ExperimentOptions())
        let pairs = runs.map { $0.activations }
        for expected in [["relu", "tanh"], ["tanh", "relu"], ["sigmoid", "relu"], ["relu", "sigmoid"],
                         ["relu", "relu"], ["tanh", "tanh"], ["sigmoid", "sigmoid"]] {
            #expect(pairs.contains(expected))
        }
        #expect(runs.first { $0.activations == ["relu", "tanh"] }?.series == "relu→tanh")
        #expect(runs.allSatisfy { $0.hiddenWidths == [128, 64] })
    }

    @Test func boundariesCoverEverySyntheticSet() {
        let runs = Experiment.boundaries.runs(ExperimentOptions())
        #expect(Set(runs.map(\.dataset)) == ["spiral", "circles", "xor", "moons"])
        #expect(runs.allSatisfy { $0.boundaryResolution != nil && $0.hiddenWidths.count == 2 })
        let spiralOnly = Experiment.boundaries.runs(ExperimentOptions(dataset: "spiral"))
        #expect(Set(spiralOnly.map(\.dataset)) == ["spiral"])
    }

    @Test func seedsRepeatEveryConfiguration() {
        let runs = Experiment.reluVersusSigmoid.runs(ExperimentOptions(seeds: 3, seed: 7))
        #expect(runs.map(\.seed) == [7, 8, 9, 7, 8, 9])
        #expect(runs.map(\.series) == ["relu", "relu", "relu", "sigmoid", "sigmoid", "sigmoid"])
    }

    @Test func epochsOverrideAndDatasetOverride() {
        let runs = Experiment.mixed.runs(ExperimentOptions(dataset: "moons", epochs: 2))
        #expect(runs.allSatisfy { $0.epochs == 2 && $0.dataset == "moons" && $0.boundaryResolution != nil })
    }

    @Test func quickShrinksEveryExperiment() {
        for experiment in Experiment.all {
            let full = experiment.runs(ExperimentOptions())
            let quick = experiment.runs(ExperimentOptions(quick: true))
            #expect(quick.count <= full.count, "\(experiment.name)")
            let fullWork = full.reduce(0) { $0 + $1.epochs * ($1.trainLimit ?? 60_000) }
            let quickWork = quick.reduce(0) { $0 + $1.epochs * ($1.trainLimit ?? 60_000) }
            #expect(quickWork < fullWork, "\(experiment.name)")
        }
    }

    @Test func namesAreUniqueAndFindable() {
        let names = Experiment.all.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(names == ["relu-vs-sigmoid", "compare-activations", "custom", "depth", "remedies", "adaptive", "mixed", "boundaries"])
        #expect(Experiment.named("depth")?.name == "depth")
        #expect(Experiment.named("nope") == nil)
    }

    @Test func dataDirectoryNamesTheDataSet() {
        // --data-dir alone: the folder's name, lower-cased, trailing slash ignored.
        let runs = Experiment.reluVersusSigmoid.runs(ExperimentOptions(dataDirectory: "/data/KMNIST/"))
        #expect(runs.allSatisfy { $0.dataset == "kmnist" })
    }
}
