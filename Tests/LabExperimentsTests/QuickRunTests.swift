import Foundation
import LabCharts
import LabData
import LabExperiments
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// End to end with the real trainer: a quick experiment on a small synthetic set writes every
/// file, and every chart is well-formed XML.
@Suite struct QuickRunTests {
    static let activationsImplemented = ActivationCheck.problem(
        with: Experiment.depth.baseRuns(ExperimentOptions()).flatMap(\.activations)
            + Experiment.compareActivations.baseRuns(ExperimentOptions()).flatMap(\.activations)) == nil

    /// Small enough for a debug build: 160 moons to train on, two epochs.
    static func moons(_ name: String) throws -> DataSplit {
        SyntheticShape.moons.make(trainCount: 160, testCount: 60, seed: 1)
    }

    /// The moons with a constant third feature: no longer a plane, so no decision boundary is
    /// sampled (the most expensive part of a tiny run in a debug build).
    static func liftedMoons(_ name: String) throws -> DataSplit {
        let split = try moons(name)
        func lift(_ dataset: Dataset) -> Dataset {
            var flat = [Float](repeating: 0, count: dataset.count * 2)
            flat.withUnsafeMutableBufferPointer { dataset.copyFeatures(rows: 0..<dataset.count, into: $0.baseAddress!) }
            let features: [Float] = (0..<dataset.count).flatMap { [flat[2 * $0], flat[2 * $0 + 1], Float(0.5)] }
            return Dataset(name: dataset.name, featureCount: 3, classCount: dataset.classCount,
                           labels: dataset.labels, storage: .floats(features))
        }
        return DataSplit(train: lift(split.train), test: lift(split.test), source: "moons lifted to 3-D")
    }

    @Test(.enabled(if: activationsImplemented, "needs implemented activations: KIT_IMPL=solutions"),
          arguments: ["compare-activations", "depth", "remedies", "adaptive"])
    func quickRunWritesEveryFile(name: String) throws {
        let experiment = try #require(Experiment.named(name))
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("lab-experiments-\(name)-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }

        let lifted = ["depth", "remedies"].contains(name)
        let runner = ExperimentRunner(executor: EngineExecutor(), loadData: lifted ? Self.liftedMoons : Self.moons)
        let result = try runner.run(experiment, options: ExperimentOptions(quick: true, dataset: "moons", epochs: 2))
        #expect(result.failures.isEmpty)
        #expect(result.runs.count == experiment.runs(ExperimentOptions(quick: true)).count)
        #expect(result.runs.allSatisfy { $0.epochs.count == 2 && $0.testAccuracy.isFinite })
        #expect(result.runs.allSatisfy { $0.initialGradientNorms.count == $0.spec.hiddenWidths.count + 1 })
        let written = try ExperimentReport.write(result, to: directory)
        let names = Set(written.map(\.lastPathComponent))

        for file in ["results.json", "summary.md", "summary.csv", "index.html", "test-accuracy.svg"] {
            #expect(names.contains(file), "\(file) missing")
        }
        let summary = try String(contentsOf: directory.appendingPathComponent("summary.md"), encoding: .utf8)
        #expect(names.contains("dead-units.svg") || summary.contains("No unit of any of the"), "a dead-units chart, or words saying none was dead")
        switch name {
        case "depth":
            #expect(names.contains("accuracy-by-depth.svg"))
            #expect(names.contains("gradients-depth-16.svg"))
        case "remedies":
            // One gradient chart per activation, its cures beside the plain network.
            #expect(names.isSuperset(of: ["gradients-sigmoid.svg", "gradients-tanh.svg", "gradients-relu.svg", "gradients-selu.svg"]))
            #expect(result.runs.count == 17 && result.runs.contains { $0.spec.normalization == .batch }
                    && result.runs.contains { $0.spec.residual } && result.runs.contains { $0.spec.initializer == .lecun })
        case "adaptive":
            #expect(names.isSuperset(of: ["accuracy.svg", "learned-parameters.svg"]))
            let learned = result.runs.filter { $0.epochs.last?.layers.first?.learnedParameter != nil }.map(\.spec.series)
            #expect(learned == ["prelu", "swish-learned"])
            #expect(summary.contains("Learned activation parameters after the last epoch"))
        default:
            #expect(names.isSuperset(of: ["accuracy.svg", "loss.svg", "boundaries-moons.svg"]))
        }

        let decoded = try ExperimentReport.decode(Data(contentsOf: directory.appendingPathComponent("results.json")))
        #expect(decoded.runs.map(\.testAccuracy) == result.runs.map(\.testAccuracy))
        #expect(decoded.dataSources["moons"]?.contains("moons") == true)
        #expect(decoded.runs.allSatisfy { ($0.boundary != nil) == !lifted })
        #expect(decoded.runs.map(\.spec) == result.runs.map(\.spec))
        // The boundary after every epoch, for the page's slider, on a grid half as fine.
        for run in decoded.runs {
            guard let boundary = run.boundary else { continue }
            let epochs = try #require(boundary.epochs)
            #expect(epochs.frames.count == run.epochs.count)
            #expect(epochs.columns == boundary.resolution / 2 && epochs.rows == boundary.resolution / 2)
            #expect(epochs.frames.allSatisfy { BoundaryFrames.decode($0).count == epochs.columns * epochs.rows })
        }

        let page = try String(contentsOf: directory.appendingPathComponent("index.html"), encoding: .utf8)
        let svgs = names.filter { $0.hasSuffix(".svg") }
        for svg in svgs {
            #expect(page.contains("<figure class=\"chart\" id=\"\(svg.dropLast(4))\">\n<svg "), "index.html does not inline \(svg)")
            let parser = XMLParser(data: try Data(contentsOf: directory.appendingPathComponent(svg)))
            #expect(parser.parse(), "\(svg) is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "")")
        }
        #expect(!page.contains("http://") && !page.contains("https://"), "index.html must work offline")

        let csvRows = try String(contentsOf: directory.appendingPathComponent("summary.csv"), encoding: .utf8)
            .split(separator: "\n")
        #expect(csvRows.count == 1 + Set(result.runs.map(\.spec.configurationKey)).count)
    }
}
