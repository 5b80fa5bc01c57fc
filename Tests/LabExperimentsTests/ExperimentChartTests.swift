import Foundation
import LabData
import LabExperiments
import Testing

/// The experiments' line charts, drawn from the fake's hand-set results: counted axes (epochs,
/// layers, depths) carry whole-number ticks only, and the gradient chart's end-of-training line
/// reaches the output layer like its start line.
@Suite struct ExperimentChartTests {
    /// Every SVG an experiment writes, by file name.
    static func charts(_ experiment: Experiment, options: ExperimentOptions) throws -> [String: String] {
        let runner = ExperimentRunner(executor: FakeExecutor(accuracies: [:])) { _ in
            SyntheticShape.xor.make(trainCount: 40, testCount: 20, seed: 1)
        }
        let result = try runner.run(experiment, options: options)
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("lab-charts-\(experiment.name)-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        var svgs: [String: String] = [:]
        for url in try ExperimentReport.write(result, to: directory) where url.pathExtension == "svg" {
            svgs[url.lastPathComponent] = try String(contentsOf: url, encoding: .utf8)
        }
        return svgs
    }

    /// A line chart's x tick labels: the centred texts of its `axes` group.
    static func xTickLabels(_ svg: String) throws -> [String] {
        let start = try #require(svg.range(of: "<g class=\"axes\">"))
        let end = try #require(svg.range(of: "</g>", range: start.upperBound..<svg.endIndex))
        let axes = svg[start.upperBound..<end.lowerBound]
        return axes.split(separator: "<text ").filter { $0.contains("text-anchor=\"middle\"") }.compactMap { element in
            element.split(separator: ">").dropFirst().first.map { String($0.prefix { $0 != "<" }) }
        }
    }

    /// Two epochs: a default axis would label 1.0, 1.2 … 2.0.
    @Test func epochChartsLabelWholeEpochs() throws {
        let svgs = try Self.charts(.reluVersusSigmoid, options: ExperimentOptions(epochs: 2))
        for file in ["accuracy.svg", "loss.svg"] {
            let svg = try #require(svgs[file], "\(file) missing from \(svgs.keys.sorted())")
            #expect(try Self.xTickLabels(svg) == ["1", "2"], "\(file)")
        }
    }

    @Test func depthChartsLabelWholeLayersAndDepths() throws {
        let svgs = try Self.charts(.depth, options: ExperimentOptions(quick: true))
        let byDepth = try #require(svgs["accuracy-by-depth.svg"])
        #expect(try Self.xTickLabels(byDepth) == ["1", "2", "4", "8", "16"])
        for depth in [2, 4, 8, 16] {
            let svg = try #require(svgs["gradients-depth-\(depth).svg"])
            let labels = try Self.xTickLabels(svg)
            #expect(!labels.isEmpty && labels.allSatisfy { Int($0) != nil }, "depth \(depth): \(labels)")
        }
    }

    /// Depth 4 has five weight layers; both lines must have a vertex at each, output included.
    @Test func gradientChartEndLineReachesTheOutputLayer() throws {
        let svgs = try Self.charts(.depth, options: ExperimentOptions(quick: true))
        let svg = try #require(svgs["gradients-depth-4.svg"])
        let paths = svg.split(separator: "<path ").filter { $0.contains("class=\"series\"") }
        #expect(paths.count == 12, "a first-step and a last-epoch line per activation")
        for path in paths {
            let data = try #require(path.split(separator: "d=\"").dropFirst().first?.prefix { $0 != "\"" })
            #expect(data.filter { $0 == "M" || $0 == "L" }.count == 5, "\(data)")
        }
    }
}
