import Foundation
import LabCharts
import Testing

/// `ChartMark`: the labelled points of a detail view (`lab plot --mark`).
@Suite struct ChartMarkTests {
    static func dip(range: ClosedRange<Double>? = nil, marks: [ChartMark]) -> LineChart {
        var chart = LineChart(
            title: "gelu", x: Axis("x"), y: Axis("f(x)", range: range),
            series: [LineSeries("gelu(x)", x: [-3, -2, -1, -0.75, 0, 1], y: [-0.004, -0.045, -0.159, -0.170, 0, 0.841])])
        chart.marks = marks
        return chart
    }

    @Test func drawsARingAndTheLabelOfEachMark() throws {
        let chart = Self.dip(marks: [
            ChartMark(x: -0.75, y: -0.170, label: "minimum −0.170"),
            ChartMark(x: 1, y: 0.841, label: "gelu(1) = 0.841", color: Color(hex: 0x123456)),
        ])
        let tree = try SVGTree.parse(chart.svg())
        let rings = tree.all("circle").filter { $0.ancestorClasses.contains("marks") }
        #expect(rings.count == 2)
        #expect(rings[1].attributes["stroke"] == "#123456")
        let labels = tree.all("text").filter { $0.ancestorClasses.contains("marks") }.map(\.text)
        #expect(labels == ["minimum −0.170", "gelu(1) = 0.841"])
    }

    @Test func aChartWithoutMarksIsUnchanged() throws {
        let plain = LineChart(title: "gelu", x: Axis("x"), y: Axis("f(x)"),
                              series: Self.dip(marks: []).series)
        #expect(Self.dip(marks: []).svg() == plain.svg())
        #expect(try SVGTree.parse(plain.svg()).all("g", class: "marks").isEmpty)
    }

    @Test func leavesOutAMarkOutsideTheFixedRange() throws {
        let chart = Self.dip(range: -0.2...0.5, marks: [
            ChartMark(x: 1, y: 0.841, label: "above the range"),
            ChartMark(x: -0.75, y: -0.170, label: "inside"),
        ])
        let labels = try SVGTree.parse(chart.svg()).all("text")
            .filter { $0.ancestorClasses.contains("marks") }.map(\.text)
        #expect(labels == ["inside"])
    }

    @Test func labelsOfNearbyMarksDoNotOverlap() throws {
        let chart = Self.dip(marks: [
            ChartMark(x: -1, y: -0.159, label: "first label, quite long"),
            ChartMark(x: -0.75, y: -0.170, label: "second label, quite long"),
        ])
        let boxes = try SVGTree.parse(chart.svg()).all("rect")
            .filter { $0.ancestorClasses.contains("marks") }
            .map { box in ["x", "y", "width", "height"].map { Double(box.attributes[$0] ?? "") ?? .nan } }
        #expect(boxes.count == 2)
        guard boxes.count == 2 else { return }
        let (a, b) = (boxes[0], boxes[1])
        let apart = a[0] + a[2] <= b[0] || b[0] + b[2] <= a[0] || a[1] + a[3] <= b[1] || b[1] + b[3] <= a[1]
        #expect(apart, "label boxes \(a) and \(b) overlap")
    }
}
