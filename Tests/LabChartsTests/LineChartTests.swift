import Foundation
import LabCharts
import Testing

@Suite struct LineChartTests {
    let sigmoidLike = LineChart(
        title: "sigmoid and its derivative", x: Axis("x"), y: Axis("f(x)"),
        series: [
            LineSeries("sigmoid(x)", x: [-2, -1, 0, 1, 2], y: [0.12, 0.27, 0.5, 0.73, 0.88]),
            LineSeries("sigmoid′(x)", x: [-2, -1, 0, 1, 2], y: [0.10, 0.20, 0.25, 0.20, 0.10], style: .dashed),
        ])

    @Test func isAStandaloneSVGDocument() throws {
        let svg = sigmoidLike.svg()
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg"))
        let tree = try SVGTree.parse(svg)
        let root = try #require(tree.root)
        #expect(root.name == "svg")
        #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg")
        #expect(root.attributes["version"] == "1.1")
        #expect(root.attributes["width"] == "720")
        #expect(root.attributes["height"] == "440")
        #expect(root.attributes["viewBox"] == "0 0 720 440")
        #expect(tree.all("title").map(\.text) == ["sigmoid and its derivative"])
    }

    @Test func showsTitleAxisLabelsAndEveryLegendEntry() throws {
        let tree = try SVGTree.parse(sigmoidLike.svg())
        #expect(tree.texts.contains("sigmoid and its derivative"))
        #expect(tree.texts.contains("x"))
        #expect(tree.texts.contains("f(x)"))
        let legend = tree.all("text").filter { $0.ancestorClasses.contains("legend") }.map(\.text)
        #expect(legend == ["sigmoid(x)", "sigmoid′(x)"])
    }

    @Test func drawsOnePathPerSeriesDashedWhereAsked() throws {
        let tree = try SVGTree.parse(sigmoidLike.svg())
        let paths = tree.all("path", class: "series")
        #expect(paths.count == 2)
        #expect(paths[0].attributes["stroke-dasharray"] == nil)
        #expect(paths[1].attributes["stroke-dasharray"] != nil)
        #expect(paths[0].attributes["stroke"] != paths[1].attributes["stroke"])
    }

    @Test func usesOkabeItoColoursInOrderUnlessGiven() throws {
        var chart = sigmoidLike
        chart.series.append(LineSeries("third", x: [0, 1], y: [0, 1], color: Color(hex: 0x123456)))
        let strokes = try SVGTree.parse(chart.svg()).all("path", class: "series").map { $0.attributes["stroke"] }
        #expect(strokes == ["#0072b2", "#e69f00", "#123456"])
    }

    @Test func linearTicksFollowOneTwoFiveSteps() throws {
        let chart = LineChart(title: "", x: Axis("epoch"), y: Axis("accuracy"),
                              series: [LineSeries("a", perEpoch: [0, 0.5, 0.87])])
        let labels = try SVGTree.parse(chart.svg()).all("text")
            .filter { $0.ancestorClasses.contains("axes") && $0.attributes["text-anchor"] == "end" }.map(\.text)
        // 0 … 0.87 plus 5 % margins over a 344 px plot: at most 5 intervals of 0.2.
        for label in ["0.0", "0.2", "0.4", "0.6", "0.8"] {
            #expect(labels.contains(label), "missing y tick \(label)")
        }
        #expect(!labels.contains("0.1") && !labels.contains("0.25") && !labels.contains("1.0"))
    }

    /// The x tick labels: centred under the plot, inside the axes group.
    static func xTickLabels(_ chart: LineChart) throws -> [String] {
        try SVGTree.parse(chart.svg()).all("text")
            .filter { $0.ancestorClasses.contains("axes") && $0.attributes["text-anchor"] == "middle" }.map(\.text)
    }

    /// Two epochs over a 600-odd px axis get 0.2 steps (1.0, 1.2 … 2.0) unless the axis asks
    /// for whole numbers.
    @Test func integerTicksLabelOnlyWholeEpochs() throws {
        let twoEpochs = [LineSeries("a", perEpoch: [0.6, 0.7])]
        let fractional = try Self.xTickLabels(LineChart(title: "", x: Axis("epoch"), y: Axis("accuracy"), series: twoEpochs))
        #expect(fractional.contains("1.2"), "premise: the default axis labels fractions, got \(fractional)")
        let whole = LineChart(title: "", x: Axis("epoch", integerTicks: true), y: Axis("accuracy"), series: twoEpochs)
        #expect(try Self.xTickLabels(whole) == ["1", "2"])
        let one = LineChart(title: "", x: Axis("epoch", integerTicks: true), y: Axis("accuracy"),
                            series: [LineSeries("a", perEpoch: [0.6])])
        #expect(try Self.xTickLabels(one) == ["1"])
        let many = LineChart(title: "", x: Axis("epoch", integerTicks: true), y: Axis("accuracy"),
                             series: [LineSeries("a", perEpoch: (0..<40).map { Double($0) / 40 })])
        let labels = try Self.xTickLabels(many)
        #expect(labels.count >= 3 && labels.allSatisfy { Int($0) != nil }, "\(labels)")
    }

    /// A doubling axis that reaches below 1 keeps only its whole powers of two.
    @Test func integerTicksOnALog2AxisDropFractions() throws {
        let series = [LineSeries("a", x: [0.25, 1, 4], y: [1, 2, 3])]
        let fractional = try Self.xTickLabels(LineChart(title: "", x: Axis("", scale: .log2), y: Axis(), series: series))
        #expect(fractional.contains("0.5"), "premise: \(fractional)")
        let whole = LineChart(title: "", x: Axis("", scale: .log2, integerTicks: true), y: Axis(), series: series)
        #expect(try Self.xTickLabels(whole) == ["1", "2", "4"])
    }

    @Test func negativeTickLabelsUseAMinusSign() throws {
        let chart = LineChart(title: "", x: Axis(), y: Axis(), series: [LineSeries("a", x: [-6, 6], y: [-1, 1])])
        let labels = try SVGTree.parse(chart.svg()).texts
        #expect(labels.contains("\u{2212}1.0") || labels.contains("\u{2212}1"))
        #expect(!labels.contains { $0.hasPrefix("-") })
    }

    @Test func logAxisLabelsDecades() throws {
        let chart = LineChart(
            title: "Gradient norm by layer", x: Axis("layer"), y: Axis("gradient norm", scale: .log10),
            series: [LineSeries("sigmoid", x: [1, 2, 3, 4], y: [1e-4, 3e-3, 4e-2, 1], markers: true)])
        let tree = try SVGTree.parse(chart.svg())
        let labels = tree.all("text").filter { $0.ancestorClasses.contains("axes") }.map(\.text)
        for decade in ["10⁻⁴", "10⁻³", "10⁻²", "10⁻¹", "10⁰"] {
            #expect(labels.contains(decade), "missing decade \(decade)")
        }
        #expect(!labels.contains("10⁻⁵") && !labels.contains("10¹"))
        #expect(tree.all("circle").filter { $0.ancestorClasses.contains("markers") }.count == 4)
    }

    @Test func logAxisSkipsNonPositiveValuesAndSaysSo() throws {
        let chart = LineChart(
            title: "", x: Axis("layer"), y: Axis("norm", scale: .log10),
            series: [LineSeries("relu", x: [1, 2, 3, 4], y: [0.1, 0, -1, 1], markers: true)])
        let tree = try SVGTree.parse(chart.svg())
        #expect(tree.all("circle").filter { $0.ancestorClasses.contains("markers") }.count == 2)
        #expect(tree.texts.contains("2 points not drawn (not finite, or not positive on a log axis)"))
    }

    @Test func log2AxisLabelsDoublings() throws {
        let chart = LineChart(
            title: "Accuracy by depth", x: Axis("hidden layers", scale: .log2), y: Axis("accuracy"),
            series: [LineSeries("relu", x: [1, 2, 4, 8, 16], y: [0.84, 0.86, 0.87, 0.86, 0.85], markers: true)])
        let tree = try SVGTree.parse(chart.svg())
        let labels = tree.all("text").filter { $0.ancestorClasses.contains("axes") }.map(\.text)
        for depth in ["1", "2", "4", "8", "16"] {
            #expect(labels.contains(depth), "missing x tick \(depth)")
        }
        // Equal spacing for equal ratios: the markers' x positions step evenly.
        let xs = tree.all("circle").filter { $0.ancestorClasses.contains("markers") }.compactMap { $0.attributes["cx"].flatMap(Double.init) }
        let steps = zip(xs.dropFirst(), xs).map { $0 - $1 }
        #expect(steps.count == 4)
        #expect(steps.allSatisfy { abs($0 - steps[0]) < 0.02 })
    }

    @Test func escapesText() throws {
        let chart = LineChart(title: "\"quoted\" & <tagged>", x: Axis("x<1"), y: Axis("y & z"),
                              series: [LineSeries("a<b&c", x: [0, 1], y: [0, 1])])
        let svg = chart.svg()
        #expect(svg.contains("a&lt;b&amp;c"))
        let tree = try SVGTree.parse(svg)
        #expect(tree.texts.contains("a<b&c"))
        #expect(tree.texts.contains("\"quoted\" & <tagged>"))
        #expect(tree.texts.contains("x<1"))
    }

    @Test func controlCharactersCannotBreakTheDocument() throws {
        let chart = LineChart(title: "bell\u{7}", x: Axis(), y: Axis(), series: [LineSeries("nul\u{0}", x: [0], y: [0])])
        let tree = try SVGTree.parse(chart.svg())
        #expect(tree.texts.contains("nul\u{FFFD}"))
    }

    @Test func skipsNonFinitePointsAndBreaksTheLine() throws {
        let chart = LineChart(
            title: "diverged", x: Axis("epoch"), y: Axis("loss"),
            series: [LineSeries("run", x: [1, 2, 3, 4, 5, 6], y: [1, 0.5, .nan, 0.4, .infinity, -.infinity])])
        let svg = chart.svg()
        #expect(!svg.lowercased().contains("nan"))
        #expect(!svg.lowercased().contains("inf"))
        let path = try #require(try SVGTree.parse(svg).all("path", class: "series").first)
        let d = try #require(path.attributes["d"])
        #expect(d.filter { $0 == "M" }.count == 2, "the gap at epoch 3 starts a new sub-path: \(d)")
        #expect(d.filter { $0 == "L" }.count == 1)
        #expect(try SVGTree.parse(svg).texts.contains("3 points not drawn (not finite)"))
    }

    @Test func emptyAndConstantSeriesStillRender() throws {
        for series in [[], [LineSeries("flat", x: [0, 1, 2], y: [3, 3, 3])], [LineSeries("nothing", x: [.nan], y: [1])]] {
            for scale in [AxisScale.linear, .log10, .log2] {
                let chart = LineChart(title: "t", x: Axis("x", scale: scale), y: Axis("y", scale: scale), series: series)
                let svg = chart.svg()
                _ = try SVGTree.parse(svg)
                #expect(!svg.lowercased().contains("nan"))
            }
        }
    }

    @Test func extremeValuesAndSizesStillRender() throws {
        let wide = LineChart(title: "", x: Axis(), y: Axis(), series: [LineSeries("a", x: [0, 1], y: [-1e308, 1e308])])
        let deep = LineChart(title: "", x: Axis(scale: .log2), y: Axis(scale: .log10),
                             series: [LineSeries("b", x: [1e-300, 1e300], y: [1e-300, 1e300])])
        let tiny = LineChart(title: "t", x: Axis("x"), y: Axis("y"), series: [LineSeries("c", x: [0, 1], y: [0, 1])],
                             size: ChartSize(width: 10, height: 10))
        for chart in [wide, deep, tiny] {
            let svg = chart.svg()
            _ = try SVGTree.parse(svg)
            #expect(!svg.lowercased().contains("nan") && !svg.lowercased().contains("inf"))
        }
    }

    @Test func fixedRangeIsKept() throws {
        let chart = LineChart(title: "", x: Axis("epoch"), y: Axis("accuracy", range: 0...1),
                              series: [LineSeries("a", perEpoch: [0.52, 0.55])])
        let labels = try SVGTree.parse(chart.svg()).all("text").filter { $0.ancestorClasses.contains("axes") }.map(\.text)
        #expect(labels.contains("0.0") && labels.contains("1.0"))
    }

    @Test func legendStaysOutsideThePlot() throws {
        let short = sigmoidLike
        var long = sigmoidLike
        long.series[0].name = "a very long series name that would never fit beside the plot area"
        for (chart, placement) in [(short, "right"), (long, "below")] {
            let tree = try SVGTree.parse(chart.svg())
            let area = try #require(tree.all("rect").first { $0.ancestors.contains("clipPath") })
            let right = Double(area.attributes["x"]!)! + Double(area.attributes["width"]!)!
            let bottom = Double(area.attributes["y"]!)! + Double(area.attributes["height"]!)!
            let legend = tree.all("text").filter { $0.ancestorClasses.contains("legend") }
            #expect(legend.count == 2)
            for entry in legend {
                let x = Double(entry.attributes["x"]!)!
                let y = Double(entry.attributes["y"]!)!
                #expect(placement == "right" ? x > right : y > bottom + 20, "\(placement): \(entry.text) at \(x), \(y)")
                #expect(x + Double(entry.text.count) * 7 <= 720 && y <= 440, "legend entry off the canvas")
            }
        }
    }

    @Test func outputIsDeterministic() {
        let again = LineChart(
            title: "sigmoid and its derivative", x: Axis("x"), y: Axis("f(x)"),
            series: [
                LineSeries("sigmoid(x)", x: [-2, -1, 0, 1, 2], y: [0.12, 0.27, 0.5, 0.73, 0.88]),
                LineSeries("sigmoid′(x)", x: [-2, -1, 0, 1, 2], y: [0.10, 0.20, 0.25, 0.20, 0.10], style: .dashed),
            ])
        #expect(sigmoidLike.svg() == again.svg())
        #expect(sigmoidLike.svg() == sigmoidLike.svg())
    }

    @Test func writesAFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("labcharts-\(UUID().uuidString).svg")
        defer { try? FileManager.default.removeItem(at: url) }
        try sigmoidLike.write(to: url)
        #expect(try String(contentsOf: url, encoding: .utf8) == sigmoidLike.svg())
    }
}
