import Foundation
import LabData
import LabExperiments
import Testing

/// summary.md and summary.csv from fake results whose statistics were worked out by hand.
@Suite struct SummaryTests {
    /// relu 0.87, 0.88, 0.89: mean 0.880, s = √((0.0001 + 0 + 0.0001) / 2) = 0.010.
    /// sigmoid 0.86, 0.87, 0.88: mean 0.870, s = 0.010.
    /// Δ(sigmoid − relu) = −0.010 = −1.00 pt; threshold 2·√(0.0001/3 + 0.0001/3) =
    /// 2·0.0081650 = 0.016330 = 1.63 pt > 1.00 pt: inside the noise.
    static let accuracies: [String: [Double]] = ["relu": [0.87, 0.88, 0.89], "sigmoid": [0.86, 0.87, 0.88]]

    static func result(seeds: Int) throws -> ExperimentResult {
        let runner = ExperimentRunner(executor: FakeExecutor(accuracies: accuracies)) { _ in
            SyntheticShape.xor.make(trainCount: 40, testCount: 20, seed: 1)
        }
        return try runner.run(.reluVersusSigmoid, options: ExperimentOptions(seeds: seeds, dataset: "xor", epochs: 2))
    }

    @Test func markdownShowsMeanStdAndVerdict() throws {
        let figure = Document.Figure(path: "accuracy.svg", caption: "Accuracy", reading: "relu leads.")
        let markdown = Summary.document(try Self.result(seeds: 3), figures: [figure]).markdown()
        let lines = markdown.split(separator: "\n").map(String.init)
        let relu = try #require(lines.first { $0.hasPrefix("| relu ") })
        #expect(relu.contains("0.880 ± 0.010"))
        #expect(relu.contains("0.875"))  // the article's number
        #expect(relu.contains("best"))
        let sigmoid = try #require(lines.first { $0.hasPrefix("| sigmoid ") })
        #expect(sigmoid.contains("0.870 ± 0.010"))
        #expect(sigmoid.contains("0.872"))
        #expect(sigmoid.contains("-1.00 pt"))
        #expect(sigmoid.contains("inside the noise (2·SE = 1.63 pt)"))
        #expect(markdown.contains("sigmoid vs relu: inside the noise"))
        #expect(markdown.contains("[Accuracy](accuracy.svg)\n\n**Accuracy.** relu leads."))
        // The charts come first, the tables after them, how it was run last.
        let charts = try #require(markdown.range(of: "## Charts")), tables = try #require(markdown.range(of: "## Test accuracy"))
        let setup = try #require(markdown.range(of: "## Setup"))
        #expect(charts.lowerBound < tables.lowerBound && tables.lowerBound < setup.lowerBound)
        #expect(markdown.contains("synthetic xor"))
        // Columns are padded: every row of the accuracy table has the same length.
        let table = lines.drop { !$0.hasPrefix("| configuration") }.prefix { $0.hasPrefix("|") }
        #expect(table.count == 4)
        #expect(Set(table.map(\.count)).count == 1)
    }

    @Test func markdownSaysSingleRunsHaveNoErrorBars() throws {
        let markdown = Summary.document(try Self.result(seeds: 1), figures: []).markdown()
        #expect(markdown.lowercased().contains("single run: no error bars; the articles' 0.3-point gap is a single run too"))
        // One seed: relu 0.87, sigmoid 0.86, Δ = −1.00 pt, no verdict possible.
        let sigmoid = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| sigmoid ") })
        #expect(sigmoid.contains("0.860"))
        #expect(!sigmoid.contains("±"))
        #expect(sigmoid.contains("-1.00 pt"))
    }

    @Test func csvHasOneRowPerConfiguration() throws {
        let csv = CSVSummary.render(try Self.result(seeds: 3))
        let rows = csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.count == 3)
        let header = rows[0]
        func column(_ name: String) throws -> Int { try #require(header.firstIndex(of: name)) }
        let sigmoid = try #require(rows.first { $0[1] == "sigmoid" })
        #expect(abs(Double(sigmoid[try column("test_accuracy_mean")])! - 0.870) < 1e-9)
        #expect(abs(Double(sigmoid[try column("test_accuracy_std")])! - 0.010) < 1e-9)
        #expect(abs(Double(sigmoid[try column("delta_vs_best")])! - -0.010) < 1e-9)
        #expect(abs(Double(sigmoid[try column("noise_threshold")])! - 0.016330) < 1e-6)
        #expect(sigmoid[try column("verdict")] == "within-noise")
        #expect(sigmoid[try column("runs")] == "3")
        #expect(sigmoid[try column("network")] == "2-128-2")
        let relu = try #require(rows.first { $0[1] == "relu" })
        #expect(relu[try column("verdict")] == "best")
        #expect(relu[try column("delta_vs_best")] == "")
    }

    @Test func csvQuotesFieldsWithCommas() {
        #expect(CSVSummary.escape("plain") == "plain")
        #expect(CSVSummary.escape("a,b") == "\"a,b\"")
        #expect(CSVSummary.escape("say \"hi\"") == "\"say \"\"hi\"\"\"")
    }

    @Test func resultsJSONRoundTripsWithNaN() throws {
        var result = try Self.result(seeds: 1)
        result.runs[0].testLoss = .nan
        let decoded = try ExperimentReport.decode(try ExperimentReport.json(result))
        #expect(decoded.runs.count == 2)
        #expect(decoded.runs[0].testLoss.isNaN)
        #expect(decoded.runs[1].testAccuracy == 0.86)
        #expect(decoded.options.dataset == "xor")
    }

    @Test func gradientTableShowsEachStatisticWhereItMeansSomething() throws {
        let runner = ExperimentRunner(executor: FakeExecutor(accuracies: [:])) { _ in
            SyntheticShape.xor.make(trainCount: 40, testCount: 20, seed: 1)
        }
        let result = try runner.run(.mixed, options: ExperimentOptions(dataset: "xor", epochs: 1))
        let lines = Summary.document(result, figures: []).markdown().split(separator: "\n").map(String.init)
        let gradientRows = lines.drop { !$0.hasPrefix("## Gradient flow") }.filter { $0.hasPrefix("| ") }
        func cells(_ prefix: String) throws -> [String] {
            let row = try #require(gradientRows.first { $0.hasPrefix("| \(prefix) ") })
            return row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        // The fake's layer norms are 0.1, 0.2, 0.4 (output) in the last epoch and 0.001, 0.002,
        // 0.001 (output) at the first step: start ratio 0.001 / 0.001 = 1, end ratio 0.1 / 0.4 =
        // 0.25, both against the output layer (not the last hidden layer's 0.2).
        // Its relu layers are 25% dead, its other layers 50% saturated.
        #expect(try cells("relu→sigmoid") == ["relu→sigmoid", "0.001", "0.001", "1", "0.1", "0.4", "0.25", "25.0%", "50.0%"])
        #expect(try cells("relu").suffix(2) == ["25.0%", "–"])
        #expect(try cells("tanh").suffix(2) == ["–", "50.0%"])
    }

    @Test func indexPageLinksEveryExperiment() throws {
        let page = Summary.index([try Self.result(seeds: 1)]).html()
        #expect(page.contains("href=\"relu-vs-sigmoid/index.html\""))
        #expect(page.contains("<h3>Test accuracy</h3>"))
        #expect(!page.contains("http://") && !page.contains("https://"))
    }
}
