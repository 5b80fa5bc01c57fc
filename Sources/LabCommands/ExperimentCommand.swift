import Foundation
import LabData
import LabExperiments

/// `lab experiment <name>|all|list`: trains one of the articles' experiments (or all of them)
/// and writes results.json, summary.md, summary.csv, SVG charts and index.html.
enum ExperimentCommand: Command {
    static let name = "experiment"
    static let summary = "run one of the articles' experiments and chart it"
    static let help = """
        usage: lab experiment <name> [options]
               lab experiment all [options]     every experiment, each into <out>/<name>/
               lab experiment list              the experiments and what they train

        experiments:
        \(Experiment.all.map { "  \($0.name.padding(toLength: 20, withPad: " ", startingAt: 0))\($0.summary)" }.joined(separator: "\n"))

        options:
          --seeds N        train every configuration with N seeds (seed, seed+1, …) and report
                           mean ± standard deviation and whether differences exceed the noise
                           (default 1, like the articles)
          --seed S         the first seed (default 1)
          --quick          a classroom demo of under a minute: fewer examples and epochs
          --out DIR        output folder (default Results/<name>; for 'all', the parent folder,
                           default Results)
          --dataset NAME   train on another data set: fashion-mnist, mnist, kmnist, or a 2-D
                           synthetic set (spiral, circles, xor, moons)
          --data-dir DIR   read the IDX files from DIR (compare-activations then trains on
                           MNIST, as its article does)
          --epochs N       override every run's epoch count
          --jobs N         runs trained at the same time (default 2, or 1 on one core)

        Activations come from your Exercises/ (build with KIT_IMPL=solutions for the reference
        implementations). Progress goes to standard error; the tables to standard output.
        """

    static func run(_ arguments: [String]) throws {
        var arguments = try Arguments(arguments, booleanFlags: ["quick"])
        let positional = arguments.positional
        guard let target = positional.first else {
            throw CommandError.usage("name an experiment: \(Experiment.all.map(\.name).joined(separator: ", ")), all or list")
        }
        guard positional.count == 1 else {
            throw CommandError.usage("one experiment at a time; unexpected '\(positional[1])'")
        }
        let positive: (String) -> Int? = { Int($0).flatMap { $0 > 0 ? $0 : nil } }
        // For an optional setting the parser's "no value" must stay distinct from "absent".
        let optionalPositive: (String) -> Int?? = { positive($0).map(Optional.some) }
        let options = ExperimentOptions(
            seeds: try arguments.value("seeds", default: 1, kind: "a positive whole number", positive),
            quick: arguments.flag("quick"),
            dataset: arguments.string("dataset")?.lowercased(),
            dataDirectory: arguments.string("data-dir"),
            epochs: try arguments.value("epochs", default: nil, kind: "a positive whole number", optionalPositive),
            seed: try arguments.value("seed", default: 1, kind: "a whole number ≥ 0") { UInt64($0) },
            jobs: try arguments.value("jobs", default: nil, kind: "a positive whole number", optionalPositive))
        let out = arguments.string("out")
        try arguments.rejectUnknown()

        if target == "list" {
            for experiment in Experiment.all {
                print("\(experiment.name.padding(toLength: 20, withPad: " ", startingAt: 0))\(experiment.summary)")
            }
            return
        }
        var experiments: [Experiment]
        if target == "all" {
            experiments = Experiment.all
        } else if let experiment = Experiment.named(target) {
            experiments = [experiment]
        } else {
            throw CommandError.usage("unknown experiment '\(target)'; choose one of \(Experiment.all.map(\.name).joined(separator: ", ")), all or list")
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
        for line in skipped { FileHandle.standardError.write(Data("lab experiment: \(line)\n".utf8)) }
        if experiments.isEmpty { throw CommandError.failed("no experiment can run: implement the activations first or use KIT_IMPL=solutions") }

        let runner = ExperimentRunner(executor: EngineExecutor(), progress: ConsoleProgress(),
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
            print("\n# \(result.title)\n")
            print(MarkdownSummary.headline(result))
            print("\nWrote \(directory.path)/: results.json, summary.md, summary.csv, charts, index.html\n")
            results.append(result)
        }
        if target == "all" {
            let parent = URL(fileURLWithPath: out ?? "Results")
            do {
                try ExperimentIndexPage.write(results, to: parent)
            } catch let error as ExperimentError {
                throw CommandError.failed(error.description)
            }
            print("Wrote \(parent.path)/index.html: every experiment's headline, linked to its page")
        }
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
