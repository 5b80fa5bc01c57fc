import LabCharts

/// `index.html`: the summary and every chart on one page that works offline (the charts are
/// the SVG files next to it, referenced by relative paths).
enum ExperimentPage {
    static func render(_ result: ExperimentResult, charts: [RenderedChart]) -> String {
        var page = HTMLPage(title: result.title)
        // The page prints its own title; the summary's "# title" line would repeat it.
        let summary = MarkdownSummary.render(result, charts: [])
            .split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n")
        page.markdown(summary)
        if !charts.isEmpty {
            page.heading("Charts")
            for chart in charts { page.image(chart.file.file, caption: chart.file.caption) }
        }
        page.paragraph("Raw numbers: [results.json](results.json), [summary.csv](summary.csv), [summary.md](summary.md).")
        return page.html()
    }
}
