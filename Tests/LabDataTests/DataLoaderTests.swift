import Foundation
import LabData
import Testing

@Suite struct DataLoaderTests {
    private static let debianDirectory = "/usr/share/datasets/fashion-mnist"
    private static var debianInstalled: Bool {
        FileManager.default.fileExists(atPath: debianDirectory + "/train-images-idx3-ubyte.gz")
    }

    @Test func shippedSubsetHoldsSixHundredAndOneHundredPerClass() throws {
        let directory = try #require(DataLoader.shippedSubsetDirectory(named: "fashion-mnist"))
        let split = try DataLoader.load(dataset: "fashion-mnist", directory: directory, seed: 1)
        #expect(split.train.classCounts == Array(repeating: 600, count: 10))
        #expect(split.test.classCounts == Array(repeating: 100, count: 10))
        #expect(split.train.featureCount == 28 * 28)
        #expect(split.train.classCount == 10)
        #expect(split.train.name == "Fashion-MNIST train")
        // The subset keeps file order, so classes stay interleaved: the last tenth holds all ten.
        #expect(Set(split.train.splitLast(fraction: 0.1).validation.labels).count == 10)
    }

    /// Debian's data is used when present, but never required: without it, the subset steps in.
    @Test func fashionMNISTComesFromDebianWhenInstalledElseFromTheSubset() throws {
        let split = try DataLoader.load(dataset: "fashion-mnist", directory: nil, seed: 1)
        if Self.debianInstalled {
            #expect(split.train.classCounts == Array(repeating: 6_000, count: 10))
            #expect(split.test.classCounts == Array(repeating: 1_000, count: 10))
            #expect(split.source == "Fashion-MNIST (full, 60000/10000, \(Self.debianDirectory))")
        } else {
            #expect(split.train.count == 6_000 && split.test.count == 1_000)
            #expect(split.source.hasPrefix("Fashion-MNIST subset shipped with the kit (6000/1000, "))
        }
    }

    @Test func syntheticNamesGenerateFromTheSeed() throws {
        let split = try DataLoader.load(dataset: "Spiral", directory: nil, seed: 5)
        #expect(split.train.count == DataLoader.syntheticTrainCount)
        #expect(split.test.count == DataLoader.syntheticTestCount)
        #expect(split.source.hasPrefix("synthetic spiral (seed 5"))
    }

    @Test func syntheticSetsTakeNoDirectory() {
        let error = #expect(throws: DataError.self) {
            try DataLoader.load(dataset: "moons", directory: "/tmp", seed: 1)
        }
        #expect(error?.kind == .invalidRequest)
    }

    @Test func unknownNamesListTheKnownOnes() {
        let error = #expect(throws: DataError.self) {
            try DataLoader.load(dataset: "cifar-10", directory: nil, seed: 1)
        }
        #expect(error?.kind == .invalidRequest)
        #expect(error?.description.contains("fashion-mnist") == true)
        #expect(error?.description.contains("--data-dir") == true)
    }

    @Test func missingDataSaysHowToGetIt() {
        // The kit ships no MNIST and no system package installs it.
        let error = #expect(throws: DataError.self) {
            try DataLoader.load(dataset: "mnist", directory: nil, seed: 1)
        }
        #expect(error?.kind == .missingFiles)
        #expect(error?.description.contains("--data-dir DIR") == true)
    }
}
