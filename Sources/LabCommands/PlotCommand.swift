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
            .value("y-from", "Y", help: "with --y-to: fix the y range (curves are clipped to it)"),
            .value("y-to", "Y", help: "with --y-from: the top of the y range"),
            .value("mark", "X,…", help: "ring f(X) at each X, labelled with the value your implementation returns"),
            .value("mark-slope", "X,…", help: "ring f′(X) at each X, labelled likewise"),
        ],
        usage: ["--all --out-dir DIR [--from X] [--to X]"],
        discussion: """
            Draws f and f′ on one chart, sampled at \(samples) evenly spaced points of [from, to],
            and prints the path written. The activations come from Exercises/, or from Solutions/
            when built with KIT_IMPL=solutions. A detail view fixes the y range and marks points,
            e.g. lab plot gelu --from -3 --to 1 --mark -0.7518 --out gelu-dip.svg
            """)

    static func run(_ arguments: ParsedArguments, console: Console) throws {
        let from = try arguments.value("from", .finiteNumber)!
        let to = try arguments.value("to", .finiteNumber)!
        let out = arguments.string("out")
        let outDirectory = arguments.string("out-dir")
        let numbers = ValueKind.list(of: ValueKind.finiteNumber)
        let yFrom = try arguments.value("y-from", .finiteNumber)
        let yTo = try arguments.value("y-to", .finiteNumber)
        let marks = try arguments.value("mark", numbers) ?? []
        let slopeMarks = try arguments.value("mark-slope", numbers) ?? []
        guard from < to else {
            throw CommandError.usage("--from (\(from)) must be less than --to (\(to))")
        }
        var detail = Detail(marks: marks, slopeMarks: slopeMarks)
        switch (yFrom, yTo) {
        case (nil, nil): break
        case let (low?, high?):
            guard low < high else { throw CommandError.usage("--y-from (\(low)) must be less than --y-to (\(high))") }
            detail.yRange = low...high
        default: throw CommandError.usage("--y-from and --y-to go together")
        }
        if let outside = (marks + slopeMarks).first(where: { $0 < from || $0 > to }) {
            throw CommandError.usage("--mark \(outside) lies outside [--from, --to] = [\(from), \(to)]")
        }
        if arguments.flag("all") {
            guard arguments.argument("activation") == nil, out == nil else {
                throw CommandError.usage("--all draws every activation: give --out-dir, not a name or --out")
            }
            guard let outDirectory else { throw CommandError.usage("--all needs --out-dir DIR") }
            guard detail.isEmpty else { throw CommandError.usage("--y-from, --y-to and the marks go with one activation, not --all") }
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
        try write(try chart(activation, named: name, from: from, to: to, detail: detail), to: URL(fileURLWithPath: path))
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

    /// What a detail view adds to the plain chart: a fixed y range and labelled points.
    struct Detail {
        var yRange: ClosedRange<Double>? = nil
        /// Inputs at which to ring f(x), and f′(x).
        var marks: [Double] = []
        var slopeMarks: [Double] = []

        var isEmpty: Bool { yRange == nil && marks.isEmpty && slopeMarks.isEmpty }
    }

    /// The chart of `activation` and its derivative over [from, to]; a stub is refused.
    static func chart(_ activation: any Activation, named name: String, from: Double, to: Double,
                      detail: Detail = Detail()) throws -> LineChart {
        guard !ActivationCatalog.isStub(activation) else {
            throw CommandError.failed(ActivationCatalog.stubAdvice(name))
        }
        let xs = (0..<samples).map { from + (to - from) * Double($0) / Double(samples - 1) }
        let values = xs.map { Double(activation(Float($0))) }
        let derivatives = xs.map { Double(activation.derivative(Float($0))) }
        var chart = LineChart(
            title: "\(name) and its derivative" + (detail.isEmpty ? "" : " (detail)"),
            x: Axis("x"), y: Axis("f(x) and f′(x)", range: detail.yRange),
            series: [
                LineSeries("\(name)(x)", x: xs, y: values),
                LineSeries("\(name)′(x)", x: xs, y: derivatives, style: .dashed),
            ])
        func mark(_ x: Double, slope: Bool) throws -> ChartMark {
            let y = Double(slope ? activation.derivative(Float(x)) : activation(Float(x)))
            if let range = detail.yRange, !range.contains(y) {
                throw CommandError.usage("the mark at x = \(x) (y = \(y)) lies outside [--y-from, --y-to]")
            }
            let label = "\(name)\(slope ? "′" : "")(\(short(x, digits: 4))) = \(short(y, digits: 5))"
            return ChartMark(x: x, y: y, label: label, color: chart.series[slope ? 1 : 0].color ?? Color.series(slope ? 1 : 0))
        }
        chart.marks = try detail.marks.map { try mark($0, slope: false) }
            + detail.slopeMarks.map { try mark($0, slope: true) }
        return chart
    }

    /// `value` with at most `digits` significant digits and a typographic minus: −0.16997.
    static func short(_ value: Double, digits: Int) -> String {
        String(format: "%.\(digits)g", value).replacingOccurrences(of: "-", with: "−")
    }

    private static func write(_ chart: LineChart, to url: URL) throws {
        do {
            try chart.write(to: url)
        } catch {
            throw CommandError.failed("cannot write \(url.path): \(error.localizedDescription)")
        }
    }
}
