import LabCharts
import Testing

@Suite struct ChartGridTests {
    @Test func laysOutPanelsInRowsWithUniqueIDs() throws {
        let panels: [any Chart] = ["relu", "tanh", "sigmoid", "elu"].map { name in
            LineChart(title: name, x: Axis("x"), y: Axis("y"),
                      series: [LineSeries(name, x: [0, 1], y: [0, 1])], size: .panel)
        }
        let grid = ChartGrid(title: "Small multiples", columns: 3, charts: panels)
        let tree = try SVGTree.parse(grid.svg())
        let root = try #require(tree.root)
        #expect(root.attributes["viewBox"] == "0 0 1020 680")
        let nested = tree.all("svg").dropFirst()
        #expect(nested.count == 4)
        #expect(nested.map { $0.attributes["x"]! } == ["0", "340", "680", "0"])
        #expect(nested.map { $0.attributes["y"]! } == ["40", "40", "40", "360"])
        let ids = tree.elements.compactMap { $0.attributes["id"] }
        #expect(ids.count == 4)
        #expect(Set(ids).count == ids.count)
        for name in ["Small multiples", "relu", "tanh", "sigmoid", "elu"] {
            #expect(tree.texts.contains(name))
        }
        #expect(tree.all("path", class: "series").count == 4)
    }
}
