import LabCharts
import Testing

@Suite struct DecisionBoundaryChartTests {
    /// Class 1 on the right half, two rows; the bottom row (first in the array) is less sure.
    let halves = DecisionBoundaryChart(
        title: "relu & friends", xRange: -1...1, yRange: -1...1, columns: 4, rows: 2,
        classes: [0, 0, 1, 1,
                  0, 0, 1, 1],
        points: [ClassPoint(x: -0.5, y: 0.5, classIndex: 0), ClassPoint(x: 0.5, y: -0.5, classIndex: 1),
                 ClassPoint(x: 0.5, y: 0.5, classIndex: 0), ClassPoint(x: 3, y: 0, classIndex: 1)],
        classNames: ["negative", "positive"])

    @Test func rendersValidSVGWithLegendAndAxes() throws {
        let tree = try SVGTree.parse(halves.svg())
        #expect(tree.root?.name == "svg")
        #expect(tree.root?.attributes["xmlns"] == "http://www.w3.org/2000/svg")
        #expect(tree.texts.contains("relu & friends"))
        #expect(tree.texts.contains("x₁") && tree.texts.contains("x₂"))
        let legend = tree.all("text").filter { $0.ancestorClasses.contains("legend") }.map(\.text)
        #expect(legend == ["negative", "positive"])
    }

    @Test func mergesEqualCellsIntoRuns() throws {
        let cells = try SVGTree.parse(halves.svg()).all("rect").filter { $0.ancestorClasses.contains("heatmap") }
        // Each row is two runs: class 0 then class 1.
        #expect(cells.count == 4)
        #expect(Set(cells.map { $0.attributes["fill"] }).count == 2)
    }

    @Test func drawsPointsInTheirClassColourOverAPalerCell() throws {
        let tree = try SVGTree.parse(halves.svg())
        let points = tree.all("circle").filter { $0.ancestorClasses.contains("points") }
        #expect(points.count == 3, "the point at x = 3 lies outside the range")
        #expect(points.map { $0.attributes["fill"] } == ["#e69f00", "#0072b2", "#e69f00"])
        #expect(points.allSatisfy { $0.attributes["stroke"] == "#222222" })
        let cellFills = tree.all("rect").filter { $0.ancestorClasses.contains("heatmap") }.compactMap { $0.attributes["fill"] }
        #expect(!cellFills.contains("#e69f00") && !cellFills.contains("#0072b2"))
    }

    @Test func firstRowIsAtTheBottom() throws {
        let chart = DecisionBoundaryChart(title: "", xRange: 0...1, yRange: 0...1, columns: 1, rows: 2,
                                          classes: [0, 1])
        let cells = try SVGTree.parse(chart.svg()).all("rect").filter { $0.ancestorClasses.contains("heatmap") }
        #expect(cells.count == 2)
        let (bottom, top) = (Double(cells[0].attributes["y"]!)!, Double(cells[1].attributes["y"]!)!)
        #expect(bottom > top)
    }

    @Test func confidenceDeepensTheTint() throws {
        let chart = DecisionBoundaryChart(title: "", xRange: 0...1, yRange: 0...1, columns: 2, rows: 1,
                                          classes: [1, 1], confidences: [0.5, 1])
        let fills = try SVGTree.parse(chart.svg()).all("rect").filter { $0.ancestorClasses.contains("heatmap") }
            .map { $0.attributes["fill"]! }
        #expect(fills.count == 2)
        // Darker means a smaller red channel for the blue class.
        #expect(Int(fills[1].dropFirst().prefix(2), radix: 16)! < Int(fills[0].dropFirst().prefix(2), radix: 16)!)
    }

    @Test func mismatchedGridIsReportedNotCrashed() throws {
        let chart = DecisionBoundaryChart(title: "", xRange: 0...1, yRange: 0...1, columns: 3, rows: 3,
                                          classes: [0, 1], points: [ClassPoint(x: .nan, y: 0, classIndex: 0)])
        let svg = chart.svg()
        #expect(!svg.lowercased().contains("nan"))
        let tree = try SVGTree.parse(svg)
        #expect(tree.all("g", class: "heatmap").isEmpty)
        #expect(tree.texts.contains("grid not drawn: 2 cells for 3 × 3; 1 point not drawn (not finite, or a negative class)"))
    }
}
