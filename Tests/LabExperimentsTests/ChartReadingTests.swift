import Foundation
import LabData
import LabExperiments
import Testing

/// Every chart comes with one sentence read off its numbers, under it in summary.md and in
/// the page; a chart with nothing to draw is that sentence alone.
@Suite struct ChartReadingTests {
    /// The files an experiment writes from the fake's results, by name.
    static func files(_ experiment: Experiment, options: ExperimentOptions = ExperimentOptions(quick: true),
                      executor: FakeExecutor = FakeExecutor(accuracies: [:])) throws -> [String: String] {
        let runner = ExperimentRunner(executor: executor) { _ in
            SyntheticShape.xor.make(trainCount: 40, testCount: 20, seed: 1)
        }
        let result = try runner.run(experiment, options: options)
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("lab-readings-\(experiment.name)-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        var files: [String: String] = [:]
        for url in try ExperimentReport.write(result, to: directory) where url.pathExtension != "json" {
            files[url.lastPathComponent] = try String(contentsOf: url, encoding: .utf8)
        }
        return files
    }

    /// summary.md's caption lines: "**caption.** reading", by the chart file above them (nil
    /// for a figure without a chart).
    static func captionLines(_ markdown: String) -> [(file: String?, reading: String)] {
        let lines = markdown.components(separatedBy: "\n")
        let charts = lines.drop { $0 != "## Charts" }.dropFirst().prefix { !$0.hasPrefix("## ") }
        var result: [(String?, String)] = []
        var file: String?
        for line in charts {
            if line.hasPrefix("!["), let open = line.lastIndex(of: "(") {
                file = String(line[line.index(after: open)...].dropLast())
            } else if line.hasPrefix("**"), let end = line.range(of: ".** ") {
                result.append((file, String(line[end.upperBound...])))
                file = nil
            }
        }
        return result
    }

    @Test(arguments: Experiment.all.map(\.name))
    func everyChartHasAReadingComputedFromTheResults(name: String) throws {
        let files = try Self.files(try #require(Experiment.named(name)))
        let markdown = try #require(files["summary.md"])
        let captions = Self.captionLines(markdown)
        let svgs = Set(files.keys.filter { $0.hasSuffix(".svg") })
        #expect(Set(captions.compactMap(\.file)) == svgs, "one caption line under every chart")
        for caption in captions {
            #expect(caption.reading.hasSuffix("."), "\(caption)")
            #expect(caption.reading.contains { $0.isNumber }, "a reading quotes the run's numbers: \(caption)")
        }
        let page = try #require(files["index.html"])
        for caption in captions {
            #expect(page.contains(caption.reading.replacingOccurrences(of: "'", with: "&#39;")), "the page reads the same: \(caption.reading)")
        }
    }

    /// The fake's norms: 0.001, 0.002 … per hidden layer and 0.001 at the output at the first
    /// step; 0.1, 0.2 … and 0.4 over the last epoch.
    @Test func gradientReadingQuotesTheRatios() throws {
        let markdown = try #require(try Self.files(.depth)["summary.md"])
        let reading = try #require(Self.captionLines(markdown).first { $0.file == "gradients-depth-4.svg" }?.reading)
        #expect(reading == "At depth 4, at the first step every network's first-layer gradient is 1 of its output layer's; over the last epoch sigmoid's is 0.25.")
    }

    /// SummaryTests' numbers: relu 0.880 ± 0.010 against sigmoid 0.870 ± 0.010, inside the noise.
    @Test func testAccuracyReadingWeighsTheNoise() throws {
        let executor = FakeExecutor(accuracies: SummaryTests.accuracies)
        let markdown = try #require(try Self.files(.reluVersusSigmoid, options: ExperimentOptions(seeds: 3, epochs: 2), executor: executor)["summary.md"])
        let reading = try #require(Self.captionLines(markdown).first { $0.file == "test-accuracy.svg" }?.reading)
        #expect(reading == "Highest against lowest test accuracy: relu 0.880 ± 0.010 against sigmoid 0.870 ± 0.010 (-1.00 pt, inside the noise).")
        let curve = try #require(Self.captionLines(markdown).first { $0.file == "accuracy.svg" }?.reading)
        #expect(curve == "After 2 epochs relu has the highest validation accuracy (0.880) and sigmoid the lowest (0.870); after epoch 1 they stood at 0.880 and 0.870.")
    }

    @Test func anEmptyChartIsASentenceInsteadOfAxes() throws {
        let files = try Self.files(.depth, executor: FakeExecutor(accuracies: [:], saturated: 0))
        #expect(files["saturated-units.svg"] == nil, "no empty axes written")
        #expect(files["dead-units.svg"] != nil)
        let markdown = try #require(files["summary.md"])
        let reading = try #require(Self.captionLines(markdown).first { $0.file == nil }?.reading)
        // Every activation but the fake's one rectifier (relu) at five depths.
        #expect(reading.hasPrefix("No unit of any of the 25 networks with sigmoid/tanh-like layers was saturated in any epoch (saturated = units whose slope"))
        #expect(markdown.contains("**Saturated units after training (sigmoid/tanh-like layers).** No unit"))
        let page = try #require(files["index.html"])
        #expect(page.contains("<figure class=\"empty\" id=\"saturated-units\">"))
    }

    /// Bars of half a percent on a 0…1 axis are empty axes too; the sentence gives the numbers.
    @Test func aChartOfTinyFractionsIsASentenceToo() throws {
        let files = try Self.files(.depth, executor: FakeExecutor(accuracies: [:], saturated: 0.005))
        #expect(files["saturated-units.svg"] == nil)
        let markdown = try #require(files["summary.md"])
        let reading = try #require(Self.captionLines(markdown).first { $0.file == nil }?.reading)
        #expect(reading.hasPrefix("Almost no unit of the 25 networks with sigmoid/tanh-like layers was saturated in the last epoch: at most 0.5%, in sigmoid (depth 1) (saturated = "))
    }

    @Test func playgroundPagesLeadWithTheBoundaries() throws {
        let markdown = try #require(try Self.files(.boundaries)["summary.md"])
        let files = Self.captionLines(markdown).compactMap(\.file)
        #expect(files.prefix(4) == ["boundaries-spiral.svg", "boundaries-circles.svg", "boundaries-xor.svg", "boundaries-moons.svg"])
    }

    @Test func thePageCarriesTheBoundaryOfEveryEpochTheFileOnlyTheLast() throws {
        let files = try Self.files(.boundaries, options: ExperimentOptions(quick: true, dataset: "xor", epochs: 3))
        let page = try #require(files["index.html"]), svg = try #require(files["boundaries-xor.svg"])
        #expect(!svg.contains("data-frames"))
        let frames = page.components(separatedBy: "data-frames=\"").dropFirst()
        #expect(frames.count == 5, "one heatmap per activation")
        #expect(frames.allSatisfy { $0.prefix { $0 != "\"" }.split(separator: " ").count == 3 })
    }
}
