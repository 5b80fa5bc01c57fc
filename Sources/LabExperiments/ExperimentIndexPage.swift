import Foundation
import LabCharts

/// The `index.html` above the experiments' folders that `lab experiment all` writes: each
/// experiment's headline table with a link to its own page.
public enum ExperimentIndexPage {
    public static func render(_ results: [ExperimentResult]) -> String {
        var page = HTMLPage(title: "ActivationLab experiments")
        let total = results.reduce(0) { $0 + $1.seconds }
        page.paragraph("\(results.count) experiments, \(Format.duration(total)) of training. Each folder holds results.json, summary.md, summary.csv, the charts and its own index.html.")
        for result in results {
            page.heading(result.title)
            page.paragraph("[\(result.experiment)/index.html](\(result.experiment)/index.html) · [summary.md](\(result.experiment)/summary.md)")
            // One level down, under the experiment's own heading.
            page.markdown(MarkdownSummary.headline(result).split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.hasPrefix("#") ? "#" + $0 : String($0) }.joined(separator: "\n"))
        }
        return page.html()
    }

    /// Writes the page as `index.html` in `directory`.
    public static func write(_ results: [ExperimentResult], to directory: URL) throws {
        let url = directory.appendingPathComponent("index.html")
        do {
            try Data(render(results).utf8).write(to: url, options: .atomic)
        } catch {
            throw ExperimentError("cannot write \(url.path): \(error.localizedDescription)")
        }
    }
}
