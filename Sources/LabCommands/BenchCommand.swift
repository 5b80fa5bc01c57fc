import ActivationCatalog
import ActivationCore
import CommandKit
import Foundation
import LabData
import LabEngine

/// `lab bench`: time the reference trainer (seconds per epoch, GFLOP/s, memory).
enum BenchCommand: Command {
    static let spec = CommandSpec(
        name: "bench",
        summary: "time the reference trainer (seconds per epoch, GFLOP/s, memory)",
        options: [
            .value("epochs", "N", default: "5", help: "timed epochs, after one warm-up (at least 3)"),
            .value("data-dir", "DIR", help: "where the Fashion-MNIST IDX files are (default: the usual places)"),
        ],
        discussion: """
            Times the first article's network (784-128-10 ReLU, batch 32, Adam) on the 60,000
            Fashion-MNIST training images, article 3 §4's (784-128-64-10, 48,000 images), and the
            remedies experiment's 16 hidden layers of 64, plain, with batch normalisation and with
            identity skips (48,000 images; the cost of each cure as a ratio to the plain network
            measured in the same run):
            one warm-up epoch, then N timed epochs without validation. Prints the median, min and
            max seconds per epoch, the CPU seconds per epoch (all threads: on a shared machine they
            show the engine's own cost when the wall clock is stretched by other work), the GFLOP/s
            of the matrix products (2 FLOPs per multiply-add, true sizes), the peak memory, and the
            speed of a textbook triple-loop product on the same shapes measured in the same run.
            Without the data set, same-shaped random images stand in (and the output says so). Uses
            the catalog's relu: with the lessons' stubs built it returns NaN, and the bench still
            times the arithmetic (and warns).
            """)

    static func run(_ arguments: ParsedArguments, console: Console) throws {
        let epochs = try arguments.value("epochs", .integer(atLeast: 3))!
        let relu = try ActivationCatalog.lookup("relu")
        if ActivationCatalog.isStub(relu) {
            console.printError("lab bench: warning: \(ActivationCatalog.stubAdvice("relu")); the timings are valid, the losses are not")
        }
        let training = trainingImages(directory: arguments.string("data-dir"))
        console.print("data: \(training.source)")
        console.print(String(format: "cores: %d, load average %.1f (wall-clock times stretch when other work runs)",
                             ProcessInfo.processInfo.activeProcessorCount, loadAverage()))
        measure(label: "784-128-10 relu, batch 32, Adam, 60000 images", widths: [128], relu: relu,
                data: training.data.slice(0..<min(60_000, training.data.count)), epochs: epochs, console: console)
        let subset = training.data.slice(0..<min(48_000, training.data.count))
        measure(label: "784-128-64-10 relu, batch 32, Adam, 48000 images", widths: [128, 64], relu: relu,
                data: subset, epochs: epochs, console: console)
        let deep = Array(repeating: 64, count: 16)
        let plain = measure(label: "784-(64×16)-10 relu, batch 32, Adam, 48000 images", widths: deep, relu: relu,
                            data: subset, epochs: epochs, console: console)
        let normalized = measure(label: "784-(64×16)-10 relu with batch normalisation, batch 32, Adam, 48000 images",
                                 widths: deep, relu: relu, normalization: .batch, data: subset, epochs: epochs, console: console)
        console.print(String(format: "  batch normalisation costs %.2f× the plain 16-layer network's epoch", normalized / plain))
        let residual = measure(label: "784-(64×16)-10 relu with identity skips, batch 32, Adam, 48000 images",
                               widths: deep, relu: relu, residual: true, data: subset, epochs: epochs, console: console)
        console.print(String(format: "  identity skips cost %.2f× the plain 16-layer network's epoch", residual / plain))
        console.print(String(format: "peak memory: %.1f MB (getrusage ru_maxrss)", peakMegabytes()))
    }

    /// The Fashion-MNIST training set, or 60,000 random same-shaped images when it is missing
    /// or smaller (a shipped subset).
    static func trainingImages(directory: String?) -> (data: Dataset, source: String) {
        if let split = try? DataLoader.load(dataset: "fashion-mnist", directory: directory, seed: 1),
           split.train.count >= 60_000 {
            return (split.train, split.source)
        }
        var generator = SeededGenerator(seed: 1)
        let count = 60_000
        var bytes = [UInt8](repeating: 0, count: count * 784)
        for i in bytes.indices { bytes[i] = UInt8(truncatingIfNeeded: generator.next() >> 56) }
        let labels = (0..<count).map { _ in UInt8(generator.next() % 10) }
        return (Dataset(name: "synthetic images", featureCount: 784, classCount: 10, labels: labels, storage: .bytes(bytes)),
                "SYNTHETIC random 28×28 images (60000, seed 1): Fashion-MNIST was not found")
    }

    /// Trains one network and prints its figures; returns the median seconds per epoch.
    @discardableResult
    static func measure(label: String, widths: [Int], relu: any Activation, normalization: Normalization = .none,
                        residual: Bool = false, data: Dataset, epochs: Int, console: Console) -> Double {
        let network = Network(inputCount: 784, hidden: widths.map { HiddenLayer(width: $0, name: "relu", activation: relu) },
                              classCount: 10, normalization: normalization, residual: residual, seed: 1)
        let configuration = TrainingConfiguration(epochs: epochs + 1, batchSize: 32, optimizer: .adam(), seed: 1,
                                                  stopOnDivergence: false)
        var processorMarks = [processorSeconds()]
        let report = Trainer.train(network, on: data, configuration: configuration,
                                   epochEnded: { _ in processorMarks.append(processorSeconds()) })
        let times = report.epochs.dropFirst().map(\.seconds).sorted()
        let medianTime = median(of: times)
        let processorTimes = (2..<processorMarks.count).map { processorMarks[$0] - processorMarks[$0 - 1] }
        let steps = (data.count + 31) / 32
        let flops = network.trainingFLOPs(batchSize: 32) * Double(steps)
        let naiveStep = NaiveBaseline.secondsPerStep(of: network, batchSize: 32)
        let naiveEpoch = naiveStep * Double(steps)
        console.print("\n\(label)")
        console.print(String(format: "  seconds per epoch: median %.3f, min %.3f, max %.3f over %d epochs (after 1 warm-up)",
                     medianTime, times.first!, times.last!, times.count))
        let processorMedian = median(of: processorTimes.sorted())
        console.print(String(format: "  CPU seconds per epoch (all threads): median %.3f; %.2f cores busy on average; "
                     + "%.1f GFLOP per CPU-second", processorMedian, processorMedian / medianTime, flops / processorMedian / 1e9))
        console.print(String(format: "  matrix products: %.2f GFLOP per epoch, %.1f GFLOP/s (whole epoch time, all overheads in)",
                     flops / 1e9, flops / medianTime / 1e9))
        console.print(String(format: "  naive triple loop, same shapes, 1 core: %.2f GFLOP/s, %.2f s per epoch of products alone: %.1f× slower",
                     flops / naiveEpoch / 1e9, naiveEpoch, naiveEpoch / medianTime))
        console.print(String(format: "  final training loss %.4f, accuracy %.4f", report.epochs.last!.trainLoss,
                     report.epochs.last!.trainAccuracy))
        return medianTime
    }

    static func median(of sorted: [Double]) -> Double {
        sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// CPU time of the whole process (every thread), to tell a slow kernel from a busy machine.
    static func processorSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The 1-minute load average: on a shared machine, other work stretches the wall-clock times.
    static func loadAverage() -> Double {
        var load = [0.0, 0.0, 0.0]
        return getloadavg(&load, 3) > 0 ? load[0] : .nan
    }

    /// getrusage's ru_maxrss in MB: it counts KiB on Linux but bytes on macOS.
    static func peakMegabytes() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        #if canImport(Darwin)
        return Double(usage.ru_maxrss) / 1_048_576
        #else
        return Double(usage.ru_maxrss) / 1024
        #endif
    }
}
