import ActivationCatalog
import CommandKit
import Foundation
import LabData

/// Trains an experiment's runs and collects what they produced.
///
/// Data sets are loaded once per experiment and shared by its runs. Two runs train at a time
/// when there are two cores: the trainer splits only large matrix products over the cores, and
/// with batches of 32 most of a step is serial, so two concurrent runs keep both cores busier
/// than one run does. Every run has its own seed and its result goes into its own slot, so the
/// output is the same whatever the schedule.
public struct ExperimentRunner: Sendable {
    public let executor: any RunExecutor
    public let progress: any ProgressReporter
    /// Loads a data set by name.
    public let loadData: @Sendable (String) throws -> DataSplit

    public init(executor: any RunExecutor, progress: any ProgressReporter = SilentProgress(),
                loadData: @escaping @Sendable (String) throws -> DataSplit) {
        self.executor = executor
        self.progress = progress
        self.loadData = loadData
    }

    /// A loader that reads through `DataLoader`: IDX sets from `directory` (or the kit's
    /// default places), synthetic sets generated from `seed` (they never read `directory`,
    /// so an experiment can mix the two).
    public static func dataLoader(directory: String?, seed: UInt64) -> @Sendable (String) throws -> DataSplit {
        { name in
            let synthetic = SyntheticShape(rawValue: name) != nil
            return try DataLoader.load(dataset: name, directory: synthetic ? nil : directory, seed: seed)
        }
    }

    /// Runs trained at the same time unless `--jobs` says otherwise (measured on 2 cores only).
    static let defaultJobs = min(2, ProcessInfo.processInfo.activeProcessorCount)

    /// Trains every run of `experiment`. Throws before training anything when a data set cannot
    /// be loaded, and after training when every run failed. (Callers check the activations
    /// first with `ActivationCheck`, so that a stub is reported before any data is read.)
    public func run(_ experiment: Experiment, options: ExperimentOptions) throws -> ExperimentResult {
        let started = Date()
        let specs = experiment.runs(options)
        var splits: [String: DataSplit] = [:]
        for spec in specs where splits[spec.dataset] == nil {
            splits[spec.dataset] = try loadData(spec.dataset)
        }
        let data = specs.map { RunData(split: splits[$0.dataset]!, for: $0) }
        // Work ∝ weights × examples; evaluating an example (forward only) costs about a third
        // of training on it.
        let costs = zip(specs, data).map { spec, data in
            let weights = Self.weightCount(spec, inputs: data.train.featureCount, classes: data.train.classCount)
            let evaluated = (data.validation?.count ?? 0) + data.test.count
            return Double(weights) * (Double(spec.epochs * data.train.count) + Double(evaluated) / 3)
        }
        let jobs = options.jobs ?? Self.defaultJobs
        let workers = max(1, min(jobs, specs.count))
        progress.experimentStarted(experiment.name, runs: specs, costs: costs)

        let executor = executor, progress = progress
        let finished = try Array(zip(specs, data).enumerated()).concurrentMap(width: workers) { index, run in
            progress.runStarted(index)
            let outcome: Result<RunResult, RunFailure>
            do {
                outcome = .success(try executor.run(run.0, data: run.1) { progress.training(index, $0) })
            } catch {
                outcome = .failure(RunFailure(spec: run.0, message: "\(error)"))
            }
            switch outcome {
            case .success(let result): progress.runFinished(index, result: result, failure: nil)
            case .failure(let failure): progress.runFinished(index, result: nil, failure: failure.message)
            }
            return outcome
        }
        let runs = finished.compactMap { try? $0.get() }
        let failures = finished.compactMap { outcome -> RunFailure? in
            if case .failure(let failure) = outcome { return failure }
            return nil
        }
        if runs.isEmpty, let first = failures.first {
            throw ExperimentError("every run of \(experiment.name) failed; the first: \(first.message)")
        }
        let seconds = Date().timeIntervalSince(started)
        progress.experimentFinished(experiment.name, seconds: seconds)
        return ExperimentResult(
            experiment: experiment.name, title: experiment.title, source: experiment.source,
            notes: experiment.notes, reference: experiment.reference, options: options,
            dataSources: splits.mapValues(\.source), runs: runs, failures: failures,
            started: started, seconds: seconds, jobs: workers)
    }

    /// Weights of the network (biases are too few to matter for cost).
    static func weightCount(_ spec: RunSpec, inputs: Int, classes: Int) -> Int {
        let widths = [inputs] + spec.hiddenWidths + [classes]
        return zip(widths, widths.dropFirst()).reduce(0) { $0 + $1.0 * $1.1 }
    }
}

/// Finds activations that cannot be trained: unknown names, and lesson stubs that still
/// return NaN. Training a stub would only produce NaN losses after minutes of work, so the
/// runner refuses up front and says what to do instead.
public enum ActivationCheck {
    /// The problem with `names`, as one sentence, or nil when every one of them works.
    public static func problem(with names: some Sequence<String>) -> String? {
        var stubs: [String] = []
        for name in Set(names).sorted() {
            do {
                if ActivationCatalog.isStub(try ActivationCatalog.lookup(name)) { stubs.append(name) }
            } catch {
                return error.description
            }
        }
        switch stubs.count {
        case 0: return nil
        case 1: return ActivationCatalog.stubAdvice(stubs[0])
        default:
            return "\(stubs.joined(separator: ", ")) still return NaN (lesson stubs in Exercises/): implement them first (see 'make grade') or use KIT_IMPL=solutions"
        }
    }
}
