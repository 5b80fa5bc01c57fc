import ActivationCatalog
import ActivationCore
import Foundation
import LabCharts

/// `lab plot`: draws an activation and its derivative on one chart, as SVG — the picture each
/// lesson's README shows, so a student can see at a glance where their function saturates,
/// where its derivative vanishes, and whether the two agree.
enum PlotCommand: Command {
    static let name = "plot"
    static let summary = "draw an activation and its derivative as SVG"
    static let help = """
        usage: lab plot <activation> [--from -6] [--to 6] [--out FILE.svg]
               lab plot --all --out-dir DIR [--from -6] [--to 6]

        Draws f and f′ on one chart, sampled at \(samples) evenly spaced points of [from, to],
        and prints the path written: <activation>.svg in the current directory unless --out
        says otherwise. --all writes one <name>.svg per activation into --out-dir (created if
        needed). The activations come from Exercises/, or from Solutions/ when built with
        KIT_IMPL=solutions.

        activations: \(ActivationCatalog.names.joined(separator: ", "))
        """

    /// Enough points that kinks (ReLU at 0) and steps (binary step) look sharp at 720 px.
    static let samples = 601

    static func run(_ words: [String]) throws {
        var arguments = try Arguments(words, booleanFlags: ["all"])
        let all = arguments.flag("all")
        let from = try arguments.value("from", default: -6.0, kind: "a number", finiteDouble)
        let to = try arguments.value("to", default: 6.0, kind: "a number", finiteDouble)
        let out = arguments.string("out")
        let outDirectory = arguments.string("out-dir")
        try arguments.rejectUnknown()
        guard from < to else {
            throw CommandError.usage("--from (\(from)) must be less than --to (\(to))")
        }

        if all {
            guard arguments.positional.isEmpty, out == nil else {
                throw CommandError.usage("--all draws every activation: give --out-dir, not a name or --out")
            }
            guard let outDirectory else { throw CommandError.usage("--all needs --out-dir DIR") }
            try plotAll(into: URL(fileURLWithPath: outDirectory, isDirectory: true), from: from, to: to)
            return
        }
        guard outDirectory == nil else { throw CommandError.usage("--out-dir goes with --all; use --out for one chart") }
        guard arguments.positional.count == 1, let name = arguments.positional.first else {
            throw CommandError.usage("name one activation: \(ActivationCatalog.names.joined(separator: ", "))")
        }
        let path = out ?? "\(name).svg"
        try write(try chart(named: name, from: from, to: to), to: URL(fileURLWithPath: path))
        print(path)
    }

    /// One SVG per activation; every one that can be drawn is written, then the command fails
    /// naming those that could not (stubs still returning NaN).
    private static func plotAll(into directory: URL, from: Double, to: Double) throws {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw CommandError.failed("cannot create \(directory.path): \(error.localizedDescription)")
        }
        var failed: [String] = []
        for name in ActivationCatalog.names {
            do {
                let url = directory.appendingPathComponent("\(name).svg")
                try write(try chart(named: name, from: from, to: to), to: url)
                print(url.path)
            } catch let error as CommandError {
                FileHandle.standardError.write(Data("lab plot: \(name): \(error)\n".utf8))
                failed.append(name)
            }
        }
        if !failed.isEmpty {
            throw CommandError.failed("\(failed.count) of \(ActivationCatalog.names.count) not drawn: \(failed.joined(separator: ", "))")
        }
    }

    /// The chart of `name` and its derivative over [from, to].
    static func chart(named name: String, from: Double, to: Double) throws -> LineChart {
        guard let activation = ActivationCatalog.activation(named: name) else {
            throw CommandError.usage("unknown activation '\(name)'; choose one of \(ActivationCatalog.names.joined(separator: ", "))")
        }
        let xs = (0..<samples).map { from + (to - from) * Double($0) / Double(samples - 1) }
        let values = xs.map { Double(activation(Float($0))) }
        let derivatives = xs.map { Double(activation.derivative(Float($0))) }
        guard values.contains(where: { !$0.isNaN }) else {
            throw CommandError.failed("the activation returns NaN everywhere: implement it first or run with KIT_IMPL=solutions")
        }
        if !derivatives.contains(where: { !$0.isNaN }) {
            FileHandle.standardError.write(Data("lab plot: \(name): the derivative returns NaN everywhere; drawing f alone\n".utf8))
        }
        return LineChart(
            title: "\(name) and its derivative",
            x: Axis("x"), y: Axis("f(x) and f′(x)"),
            series: [
                LineSeries("\(name)(x)", x: xs, y: values),
                LineSeries("\(name)′(x)", x: xs, y: derivatives, style: .dashed),
            ])
    }

    private static func write(_ chart: LineChart, to url: URL) throws {
        do {
            try chart.write(to: url)
        } catch {
            throw CommandError.failed("cannot write \(url.path): \(error.localizedDescription)")
        }
    }

    private static func finiteDouble(_ text: String) -> Double? {
        Double(text).flatMap { $0.isFinite ? $0 : nil }
    }
}
