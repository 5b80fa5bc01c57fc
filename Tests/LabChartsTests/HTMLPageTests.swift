import Foundation
import LabCharts
import Testing

@Suite struct HTMLPageTests {
    func page() -> HTMLPage {
        var page = HTMLPage(title: "relu-vs-sigmoid <results>")
        page.heading("Summary")
        page.paragraph("Reproduces **article 3** with `lab experiment relu-vs-sigmoid`; see [the chart](accuracy.svg).")
        page.markdown("""
            ## Runs

            - 3 seeds
            - 10 epochs

            | activation | accuracy |
            |---|---:|
            | relu | 0.873 |
            """)
        page.table(header: ["activation", "test accuracy"], rows: [["sigmoid", "0.861"], ["<b>", "1 & 2"]],
                   caption: "Test accuracy")
        let chart = LineChart(title: "Accuracy", x: Axis("epoch"), y: Axis("accuracy"),
                              series: [LineSeries("relu", perEpoch: [0.8, 0.85])])
        page.chart(chart, caption: "Training accuracy")
        page.chart(chart)
        page.image("gradients.svg", caption: "Gradient norm per layer")
        return page
    }

    @Test func isSelfContained() {
        let html = page().html()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        for forbidden in ["http://", "https://", "<script", "<link", "@import", "@font-face", "src=\"/"] {
            #expect(!html.contains(forbidden), "the page must work offline: found \(forbidden)")
        }
        // The only url(…) references are the charts' own clip paths, by fragment.
        #expect(html.components(separatedBy: "url(").dropFirst().allSatisfy { $0.hasPrefix("#") })
        #expect(html.contains("<style>"))
    }

    @Test func includesTablesEscaped() {
        let html = page().html()
        #expect(html.contains("<th>activation</th><th>test accuracy</th>"))
        #expect(html.contains("<td>sigmoid</td><td class=\"num\">0.861</td>"))
        #expect(html.contains("<td>&lt;b&gt;</td><td>1 &amp; 2</td>"))
        #expect(html.contains("<caption>Test accuracy</caption>"))
        #expect(html.contains("<th>activation</th><th>accuracy</th>"))
        #expect(html.contains("<td>relu</td><td class=\"num\">0.873</td>"))
    }

    @Test func rendersMarkdownishText() {
        let html = page().html()
        #expect(html.contains("<title>relu-vs-sigmoid &lt;results&gt;</title>"))
        #expect(html.contains("<h2>Summary</h2>"))
        #expect(html.contains("<strong>article 3</strong>"))
        #expect(html.contains("<code>lab experiment relu-vs-sigmoid</code>"))
        #expect(html.contains("<a href=\"accuracy.svg\">the chart</a>"))
        #expect(html.contains("<h2>Runs</h2>"))
        #expect(html.contains("<ul>\n<li>3 seeds</li>\n<li>10 epochs</li>\n</ul>"))
    }

    @Test func inlinesChartsWithUniqueIDsAndReferencesImagesRelatively() {
        let html = page().html()
        #expect(html.components(separatedBy: "<svg ").count == 3)
        #expect(html.contains("id=\"f0-plot-area\""))
        #expect(html.contains("id=\"f1-plot-area\""))
        #expect(html.contains("<img src=\"gradients.svg\" alt=\"Gradient norm per layer\">"))
        #expect(html.contains("<figcaption>Training accuracy</figcaption>"))
    }

    @Test func refusesScriptLinks() {
        var page = HTMLPage(title: "t")
        page.paragraph("[click](javascript:alert(1))")
        #expect(!page.html().contains("<a "))
    }
}
