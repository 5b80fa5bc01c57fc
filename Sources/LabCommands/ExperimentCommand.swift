import CommandKit
import Foundation
import LabData
import LabExperiments

/// `lab experiment <name>|all|list`: trains one of the articles' experiments (or all of them)
/// and writes results.json, summary.md, summary.csv, SVG charts and index.html.
enum ExperimentCommand: Command {
    static let spec = CommandSpec(
        name: "experiment",
        summary: "run one of the articles' experiments and chart it",
        arguments: [Argument("name", help: "an experiment below, 'all' (each into <out>/<name>/), 'list', or 'redraw'"),
                    Argument("folder", help: "for 'redraw': a results folder, whose summaries, charts and page are rewritten from its results.json without training", optional: true)],
        options: [
            .value("seeds", "N", default: "1",
                   help: "train every configuration with N seeds (seed, seed+1, …) and report mean ± standard deviation and whether differences exceed the noise"),
            .value("seed", "S", default: "1", help: "the first seed"),
            .flag("quick", help: "a classroom demo of under a minute: fewer examples and epochs"),
            .value("out", "DIR", help: "output folder (default Results/<name>; for 'all', the parent folder, default Results)"),
            .value("dataset", "NAME",
                   help: "train on another data set: fashion-mnist, mnist, kmnist, or a 2-D synthetic set (spiral, circles, xor, moons)"),
            .value("data-dir", "DIR", help: "read the IDX files from DIR (compare-activations then trains on MNIST, as its article does)"),
            .value("epochs", "N", help: "override every run's epoch count"),
            .value("jobs", "N", help: "runs trained at the same time (default 2, or 1 on one core)"),
        ],
        discussion: """
            experiments:
            \(Experiment.all.map { "  \($0.name.padding(toLength: 22, withPad: " ", startingAt: 0))\($0.summary)" }.joined(separator: "\n"))

            Activations come from your Exercises/ (build with KIT_IMPL=solutions for the reference
            implementations). Progress goes to standard error; the tables to standard output.
            """)

    static func run(_ arguments: ParsedArguments, console: Console) throws {
        let target = arguments.argument("name")!
        let options = ExperimentOptions(
            seeds: try arguments.value("seeds", .positiveInteger)!,
            quick: arguments.flag("quick"),
            dataset: arguments.string("dataset")?.lowercased(),
            dataDirectory: arguments.string("data-dir"),
            epochs: try arguments.value("epochs", .positiveInteger),
            seed: try arguments.value("seed", .seed)!,
            jobs: try arguments.value("jobs", .positiveInteger))
        let out = arguments.string("out")

        if target == "redraw" {
            try redraw(arguments.argument("folder"), console: console)
            return
        }
        if let extra = arguments.argument("folder") { throw CommandError.usage("unexpected argument '\(extra)'") }
        if target == "list" {
            for experiment in Experiment.all {
                console.print("\(experiment.name.padding(toLength: 22, withPad: " ", startingAt: 0))\(experiment.summary)")
            }
            return
        }
        var experiments: [Experiment]
        if target == "all" {
            experiments = Experiment.all
        } else if let experiment = Experiment.named(target) {
            experiments = [experiment]
        } else {
            let names = Experiment.all.map(\.name) + ["all", "list"]
            let hint = Suggestion.closest(to: target, among: names).map { "did you mean '\($0)'? " } ?? ""
            throw CommandError.usage("unknown experiment '\(target)'; \(hint)choose one of \(names.joined(separator: ", "))")
        }
        try validate(options, for: experiments)
        // 'all' runs whatever the student's activations allow; one named experiment must run.
        var skipped: [String] = []
        experiments = try experiments.filter { experiment in
            guard let problem = ActivationCheck.problem(with: experiment.baseRuns(options).flatMap(\.activations)) else {
                return true
            }
            guard target == "all" else { throw CommandError.failed(problem) }
            skipped.append("skipping \(experiment.name): \(problem)")
            return false
        }
        for line in skipped { console.printError("lab experiment: \(line)") }
        if experiments.isEmpty { throw CommandError.failed("no experiment can run: implement the activations first or use KIT_IMPL=solutions") }

        let runner = ExperimentRunner(executor: EngineExecutor(), progress: ExperimentProgress(console: console),
                                      loadData: ExperimentRunner.dataLoader(directory: options.dataDirectory, seed: options.seed))
        var results: [ExperimentResult] = []
        for experiment in experiments {
            let directory = target == "all"
                ? URL(fileURLWithPath: out ?? "Results").appendingPathComponent(experiment.name)
                : URL(fileURLWithPath: out ?? "Results/\(experiment.name)")
            let result: ExperimentResult
            do {
                result = try runner.run(experiment, options: options)
                try ExperimentReport.write(result, to: directory)
            } catch let error as ExperimentError {
                throw CommandError.failed(error.description)
            } catch let error as DataError {
                throw CommandError.failed(error.description)
            }
            console.print("\n# \(result.title)\n")
            console.print(ExperimentReport.headline(result))
            console.print("\nWrote \(directory.path)/: results.json, summary.md, summary.csv, charts, index.html\n")
            results.append(result)
        }
        if target == "all" {
            let parent = URL(fileURLWithPath: out ?? "Results")
            do {
                try ExperimentReport.writeIndex(results, to: parent)
            } catch let error as ExperimentError {
                throw CommandError.failed(error.description)
            }
            console.print("Wrote \(parent.path)/index.html: every experiment's headline, linked to its page")
        }
    }

    /// `lab experiment redraw DIR`: the folder's files again from its results.json, e.g. after
    /// a change to the charts or their readings.
    private static func redraw(_ folder: String?, console: Console) throws {
        guard let folder else {
            throw CommandError.usage("redraw needs a results folder, e.g. lab experiment redraw Results/depth")
        }
        let directory = URL(fileURLWithPath: folder)
        let file = directory.appendingPathComponent("results.json")
        do {
            let result = try ExperimentReport.decode(try Data(contentsOf: file))
            try ExperimentReport.write(result, to: directory)
        } catch let error as ExperimentError {
            throw CommandError.failed(error.description)
        } catch {
            throw CommandError.failed("cannot read \(file.path): \(error.localizedDescription)")
        }
        console.print("Redrew \(directory.path)/ from its results.json: summary.md, summary.csv, charts, index.html")
    }

    /// Rejects, before anything is trained or loaded, a data set the experiments cannot use.
    private static func validate(_ options: ExperimentOptions, for experiments: [Experiment]) throws {
        if let dataset = options.dataset, SyntheticShape(rawValue: dataset) == nil,
           experiments.contains(where: { $0.name == Experiment.boundaries.name }) {
            throw CommandError.usage("boundaries needs a 2-D set (\(SyntheticShape.allCases.map(\.rawValue).joined(separator: ", "))), not '\(dataset)'")
        }
        if let dataset = options.dataset, SyntheticShape(rawValue: dataset) != nil, options.dataDirectory != nil {
            throw CommandError.usage("'\(dataset)' is generated from the seed and reads no --data-dir")
        }
    }
}

/// An experiment's progress on standard error: on a terminal, two lines redrawn in place (the
/// whole experiment, run i of N with an ETA, above the current run's epoch); otherwise, as in a
/// log or CI, one plain line per epoch and per run.
final class ExperimentProgress: ProgressReporter, @unchecked Sendable {
    private struct State {
        var name = ""
        var runs: [RunSpec] = []
        var costs: [Double] = []
        var fractions: [Double] = []
        var started = Date()
    }

    private let lock = NSLock()
    private var state = State()
    private let bar: ProgressBar

    init(console: Console) {
        bar = ProgressBar(console: console)
    }

    private func locked(_ body: (inout State) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        body(&state)
    }

    func experimentStarted(_ name: String, runs: [RunSpec], costs: [Double]) {
        locked { state in
            state = State(name: name, runs: runs, costs: costs, fractions: Array(repeating: 0, count: runs.count), started: Date())
        }
        if !bar.interactive { bar.log("[\(name)] \(runs.count) runs") }
    }

    func runStarted(_ index: Int) {
        locked { state in
            if bar.interactive {
                bar.draw([overall(state, index: index), "  starting…"], force: true)
            } else {
                bar.log("[\(state.name)] run \(index + 1) of \(state.runs.count): \(Self.label(state.runs[index]))\(eta(state))")
            }
        }
    }

    func training(_ index: Int, _ progress: RunProgress) {
        locked { state in
            state.fractions[index] = progress.fractionOfRun
            if bar.interactive {
                bar.draw([overall(state, index: index),
                          "  epoch \(progress.epoch)/\(progress.epochs) \(ProgressBar.bar(progress.fractionOfEpoch, width: 20))"
                          + " \(Int(progress.fractionOfEpoch * 100))%\(Self.metrics(progress))"])
            } else if progress.fractionOfEpoch >= 1, Self.logs(epoch: progress.epoch, of: progress.epochs) {
                bar.log("  epoch \(progress.epoch)/\(progress.epochs)\(Self.metrics(progress))")
            }
        }
    }

    func runFinished(_ index: Int, result: RunResult?, failure: String?) {
        locked { state in
            state.fractions[index] = 1
            let outcome = result.map { "test accuracy \(Format.accuracy($0.testAccuracy)) (\(Format.duration($0.seconds)))" }
                ?? "FAILED: \(failure ?? "unknown error")"
            bar.log("\(bar.interactive ? "" : "  ")run \(index + 1) of \(state.runs.count), \(Self.label(state.runs[index])): \(outcome)")
        }
    }

    func experimentFinished(_ name: String, seconds: Double) {
        bar.clear()
        bar.log("[\(name)] done in \(Format.duration(seconds))")
    }

    /// In a log, every epoch of a short run but only about ten lines of a long one (the
    /// playground runs train for a hundred epochs).
    static func logs(epoch: Int, of epochs: Int) -> Bool {
        let every = max(1, (epochs + 9) / 10)
        return epoch % every == 0 || epoch == epochs
    }

    private func overall(_ state: State, index: Int) -> String {
        "\(state.name): run \(index + 1) of \(state.runs.count), \(Self.label(state.runs[index]))\(eta(state))"
    }

    private static func label(_ spec: RunSpec) -> String {
        "\(spec.configurationKey) (seed \(spec.seed))"
    }

    private static func metrics(_ progress: RunProgress) -> String {
        var text = ""
        if let loss = progress.loss { text += "  loss \(Format.number(loss))" }
        if let accuracy = progress.accuracy { text += "  accuracy \(Format.accuracy(accuracy))" }
        return text
    }

    /// ", ETA 1 min 05 s" from the work done so far, weighted by each run's estimated cost.
    private func eta(_ state: State) -> String {
        let done = zip(state.costs, state.fractions).reduce(0) { $0 + $1.0 * $1.1 }
        let eta = ProgressBar.eta(elapsed: Date().timeIntervalSince(state.started), done: done, total: state.costs.reduce(0, +))
        return eta.map { ", ETA \(Format.duration($0))" } ?? ""
    }
}
