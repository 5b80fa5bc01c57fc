import LabCharts
import Testing

@Suite struct BarChartTests {
    let deadUnits = BarChart(
        title: "Dead units <after> training",
        categories: ["depth 2", "depth 4", "depth 8"],
        series: [
            BarSeries("relu", values: [0.05, 0.12, 0.31], errors: [0.01, nil, 0.05]),
            BarSeries("leaky-relu", values: [0, nil, 0.02]),
        ],
        y: Axis("fraction of dead units"), valueLabels: true)

    @Test func rendersValidSVGWithEveryPart() throws {
        let tree = try SVGTree.parse(deadUnits.svg())
        #expect(tree.root?.name == "svg")
        #expect(tree.root?.attributes["viewBox"] == "0 0 720 440")
        #expect(tree.texts.contains("Dead units <after> training"))
        #expect(tree.texts.contains("fraction of dead units"))
        for category in ["depth 2", "depth 4", "depth 8"] {
            #expect(tree.texts.contains(category))
        }
        let legend = tree.all("text").filter { $0.ancestorClasses.contains("legend") }.map(\.text)
        #expect(legend == ["relu", "leaky-relu"])
    }

    /// Counts from 0 to 1 would get ticks 0.0, 0.2 … 1.0; counted things get 0 and 1 only.
    @Test func integerTicksOnTheValueAxis() throws {
        let chart = BarChart(title: "", categories: ["a", "b"], series: [BarSeries("runs", values: [0, 1])],
                             y: Axis("diverged runs", integerTicks: true))
        let labels = try SVGTree.parse(chart.svg()).all("text")
            .filter { $0.ancestorClasses.contains("axes") && $0.attributes["text-anchor"] == "end" }.map(\.text)
        #expect(labels == ["0", "1"])
    }

    @Test func drawsOneBarPerPresentValue() throws {
        let tree = try SVGTree.parse(deadUnits.svg())
        #expect(tree.all("g", class: "series").count == 2)
        #expect(tree.all("rect", class: "bar").count == 5)
        #expect(tree.texts.contains("1 bar missing (no value)"))
    }

    @Test func drawsErrorBarsOnlyWhereGiven() throws {
        let tree = try SVGTree.parse(deadUnits.svg())
        #expect(tree.all("g", class: "error-bar").count == 2)
    }

    @Test func labelsValues() throws {
        let texts = try SVGTree.parse(deadUnits.svg()).texts
        for value in ["0.05", "0.12", "0.31", "0.00", "0.02"] {
            #expect(texts.contains(value), "missing value label \(value)")
        }
    }

    @Test func barsGrowFromZero() throws {
        let chart = BarChart(title: "", categories: ["a", "b"], series: [BarSeries("s", values: [2, -1])])
        let bars = try SVGTree.parse(chart.svg()).all("rect", class: "bar")
        let tops = bars.map { Double($0.attributes["y"]!)! }
        let heights = bars.map { Double($0.attributes["height"]!)! }
        // The positive bar ends where the negative one starts (the zero line), and is twice as tall.
        #expect(abs((tops[0] + heights[0]) - tops[1]) < 0.02)
        #expect(abs(heights[0] - 2 * heights[1]) < 0.05)
    }

    @Test func rotatesLongCategoryNames() throws {
        let names = (1...12).map { "a rather long category \($0)" }
        let chart = BarChart(title: "", categories: names, series: [BarSeries("s", values: names.map { _ in 1 })])
        let labels = try SVGTree.parse(chart.svg()).all("text").filter { names.contains($0.text) }
        #expect(labels.count == 12)
        #expect(labels.allSatisfy { $0.attributes["transform"]?.hasPrefix("rotate(-35") == true })
    }

    @Test func isDeterministic() {
        #expect(deadUnits.svg() == deadUnits.svg())
    }
}
