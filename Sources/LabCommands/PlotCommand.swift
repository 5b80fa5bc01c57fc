import ActivationCatalog
import ActivationCore
import CommandKit
import Foundation
import LabCharts

/// `lab plot`: draws an activation and its derivative on one chart, as SVG — the picture each
/// lesson's README shows, so a student can see at a glance where their function saturates,
/// where its derivative vanishes, and whether the two agree.
enum PlotCommand: Command {
    /// Enough points that kinks (ReLU at 0) and steps (binary step) look sharp at 720 px.
    static let samples = 601

    static let spec = CommandSpec(
        name: "plot",
        summary: "draw an activation and its derivative as SVG",
        arguments: [Argument("activation", help: ActivationCatalog.names.joined(separator: ", "), optional: true)],
        options: [
            .value("from", "X", default: "-6", help: "left end of the x range"),
            .value("to", "X", default: "6", help: "right end of the x range"),
            .value("out", "FILE", help: "where to write the chart (default <activation>.svg)"),
            .flag("all", help: "draw every activation, one <name>.svg each, into --out-dir"),
            .value("out-dir", "DIR", help: "with --all: the folder (created if needed)"),
        ],
        usage: ["--all --out-dir DIR [--from X] [--to X]"],
        discussion: """
            Draws f and f′ on one chart, sampled at \(samples) evenly spaced points of [from, to],
            and prints the path written. The activations come from Exercises/, or from Solutions/
            when built with KIT_IMPL=solutions.
            """)

    static func run(_ arguments: ParsedArguments, console: Console) throws {
        let from = try arguments.value("from", .finiteNumber)!
        let to = try arguments.value("to", .finiteNumber)!
        let out = arguments.string("out")
        let outDirectory = arguments.string("out-dir")
        guard from < to else {
            throw CommandError.usage("--from (\(from)) must be less than --to (\(to))")
        }
        if arguments.flag("all") {
            guard arguments.argument("activation") == nil, out == nil else {
                throw CommandError.usage("--all draws every activation: give --out-dir, not a name or --out")
            }
            guard let outDirectory else { throw CommandError.usage("--all needs --out-dir DIR") }
            try plotAll(into: URL(fileURLWithPath: outDirectory, isDirectory: true), from: from, to: to, console: console)
            return
        }
        guard outDirectory == nil else { throw CommandError.usage("--out-dir goes with --all; use --out for one chart") }
        guard let name = arguments.argument("activation") else {
            throw CommandError.usage("name one activation: \(ActivationCatalog.names.joined(separator: ", "))")
        }
        let activation: any Activation
        do {
            activation = try ActivationCatalog.lookup(name)
        } catch {
            throw CommandError.usage(error.description)
        }
        let path = out ?? "\(name).svg"
        try write(try chart(activation, named: name, from: from, to: to), to: URL(fileURLWithPath: path))
        console.print(path)
    }

    /// One SVG per activation; every one that can be drawn is written, then the command fails
    /// naming those that could not (stubs still returning NaN).
    private static func plotAll(into directory: URL, from: Double, to: Double, console: Console) throws {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw CommandError.failed("cannot create \(directory.path): \(error.localizedDescription)")
        }
        var failed: [String] = []
        for name in ActivationCatalog.names {
            do {
                let url = directory.appendingPathComponent("\(name).svg")
                try write(try chart(try ActivationCatalog.lookup(name), named: name, from: from, to: to), to: url)
                console.print(url.path)
            } catch let error as CommandError {
                console.printError("lab plot: \(name): \(error)")
                failed.append(name)
            }
        }
        if !failed.isEmpty {
            throw CommandError.failed("\(failed.count) of \(ActivationCatalog.names.count) not drawn: \(failed.joined(separator: ", "))")
        }
    }

    /// The chart of `activation` and its derivative over [from, to]; a stub is refused.
    static func chart(_ activation: any Activation, named name: String, from: Double, to: Double) throws -> LineChart {
        guard !ActivationCatalog.isStub(activation) else {
            throw CommandError.failed(ActivationCatalog.stubAdvice(name))
        }
        let xs = (0..<samples).map { from + (to - from) * Double($0) / Double(samples - 1) }
        let values = xs.map { Double(activation(Float($0))) }
        let derivatives = xs.map { Double(activation.derivative(Float($0))) }
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
}
