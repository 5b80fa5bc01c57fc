import LabCharts
import Testing

/// The data every chart carries for a page's script (and for the browser's own tooltips):
/// values and titles on points, series names on everything drawn for a series and on its
/// legend entry, and a decision boundary's history.
@Suite struct ChartDataTests {
    @Test func lineMarkersCarryTheirValuesAndATooltip() throws {
        let chart = LineChart(title: "t", x: Axis("layer (1 = input side)"), y: Axis("‖∂L/∂W‖", scale: .log10),
                              series: [LineSeries("relu first step", x: [1, 2], y: [2.6e-10, 0.5], markers: true, group: "relu"),
                                       LineSeries("tanh", x: [1, 2], y: [1, 2])])
        let tree = try SVGTree.parse(chart.svg())
        let markers = tree.all("circle").filter { $0.ancestorClasses.contains("markers") }
        #expect(markers.map { $0.attributes["data-y"] } == ["2.6e-10", "0.5"])
        #expect(markers.map { $0.attributes["data-x"] } == ["1", "2"])
        let titles = tree.all("title").filter { $0.ancestors.last == "circle" }.map(\.text)
        #expect(titles == ["relu first step: layer 1, ‖∂L/∂W‖ 2.6e-10", "relu first step: layer 2, ‖∂L/∂W‖ 0.5"])
        let paths = tree.all("path", class: "series")
        #expect(paths.map { $0.attributes["data-series"] } == ["relu first step", "tanh"])
        #expect(paths.map { $0.attributes["data-group"] } == ["relu", nil])
        let legend = tree.all("g", class: "legend-entry")
        #expect(legend.map { $0.attributes["data-series"] } == ["relu first step", "tanh"])
        #expect(legend.map { $0.attributes["data-group"] } == ["relu", nil])
        #expect(tree.all("g", class: "markers").map { $0.attributes["data-series"] } == ["relu first step"])
    }

    @Test func barsCarryTheirValueAndSpread() throws {
        let chart = BarChart(title: "t", categories: ["relu", "tanh"],
                             series: [BarSeries("depth 2", values: [0.875, nil], errors: [0.0012, nil]),
                                      BarSeries("depth 4", values: [0.5, 0.25])],
                             y: Axis("test accuracy"))
        let tree = try SVGTree.parse(chart.svg())
        let bars = tree.all("rect", class: "bar")
        #expect(bars.map { $0.attributes["data-y"] } == ["0.875", "0.5", "0.25"])
        #expect(bars.map { $0.attributes["data-x"] } == ["relu", "relu", "tanh"])
        #expect(tree.all("title").filter { $0.ancestors.last == "rect" }.map(\.text)
                == ["relu (depth 2): test accuracy 0.875 ± 0.0012", "relu (depth 4): test accuracy 0.5", "tanh (depth 4): test accuracy 0.25"])
        #expect(tree.all("g", class: "series").map { $0.attributes["data-series"] } == ["depth 2", "depth 4"])
        #expect(tree.all("g", class: "legend-entry").map { $0.attributes["data-series"] } == ["depth 2", "depth 4"])
    }

    @Test func framesRoundTrip() throws {
        let classes = [0, 0, 0, 1, 1, -1, 2, 2, 2]
        let confidences = [0.5, 0.5, 0.5, 1, 1, 0, 1, 1, 0.34]
        let frame = BoundaryFrames.encode(classes: classes, confidences: confidences, classCount: 3)
        // Class 0 at a quarter certainty (step 2 of 7: C), class 1 certain (8 + 7: P), blank,
        // class 2 certain (16 + 7: X) twice and at chance (16: Q).
        #expect(frame == "C3P2.X2Q")
        let cells = BoundaryFrames.decode(frame)
        #expect(cells.map { $0?.classIndex ?? -1 } == classes)
        #expect(cells.map { $0?.level ?? -1 } == [2, 2, 2, 7, 7, -1, 7, 7, 0])
        #expect(BoundaryFrames.decode(BoundaryFrames.encode(classes: Array(repeating: 1, count: 1600), confidences: nil, classCount: 2)).count == 1600)
    }

    @Test func aHeatmapCarriesItsFramesOnlyWhenGiven() throws {
        let frames = BoundaryFrames(columns: 2, rows: 1, frames: ["A2", "AP"])
        func heatmap(_ frames: BoundaryFrames?) throws -> SVGTree.Element {
            let chart = DecisionBoundaryChart(title: "t", xRange: -1...1, yRange: -1...1, columns: 2, rows: 1,
                                              classes: [0, 1], size: .panel, frames: frames)
            return try #require(try SVGTree.parse(chart.svg()).all("g", class: "heatmap").first)
        }
        let animated = try heatmap(frames)
        #expect(animated.attributes["data-frames"] == "A2 AP")
        #expect(animated.attributes["data-columns"] == "2" && animated.attributes["data-rows"] == "1")
        #expect(animated.attributes["data-plot"]?.split(separator: " ").count == 4)
        let tints = try #require(animated.attributes["data-tints"]).split(separator: " ")
        #expect(tints.count == 52 && tints.allSatisfy { $0.hasPrefix("#") && $0.count == 7 })
        #expect(try heatmap(nil).attributes["data-frames"] == nil)
    }

    @Test func theScriptNeedsNothingFromOutside() {
        for text in [ChartData.script, ChartData.style] {
            for forbidden in ["http:", "https:", "import ", "@import", "fetch(", "XMLHttpRequest", "src="] {
                #expect(!text.contains(forbidden), "\(forbidden)")
            }
        }
        #expect(ChartData.script.contains("#selftest"))
    }
}
