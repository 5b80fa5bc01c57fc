import LabExperiments
import Testing

/// One document, two renderings: what summary.md says, index.html says too.
@Suite struct DocumentTests {
    static let document = Document(title: "relu-vs-sigmoid <results>", blocks: [
        .heading("Summary"),
        .paragraph("Reproduces " + .strong("article 3") + " with " + .code("lab experiment relu-vs-sigmoid")
                   + "; see " + .link("the chart", to: "accuracy.svg") + "."),
        .list(["3 seeds", "10 epochs"]),
        .table({
            var table = Document.Table(["activation", "test accuracy"])
            table.append(["sigmoid", "0.861"])
            table.append(["<b>|", "1 & 2"])
            return table
        }()),
        .figure(Document.Figure(path: "gradients.svg", caption: "Gradient norm per layer",
                                reading: "At depth 16 sigmoid's first-layer gradient is 10⁻¹⁰ of its output layer's.")),
    ])

    /// A chart inlined in the page, and one with nothing to draw.
    static let charts = Document(title: "charts", blocks: [
        .figure(Document.Figure(path: "loss.svg", caption: "Loss per epoch", reading: "relu's is lowest.",
                                svg: "<svg width=\"10\" height=\"10\"><circle data-x=\"1\" data-y=\"2\"/></svg>", id: "loss")),
        .figure(Document.Figure(path: nil, caption: "Saturated units", reading: "No unit was saturated.", id: "saturated-units")),
    ])

    @Test func markdownRendersEveryBlock() {
        let markdown = Self.document.markdown()
        #expect(markdown.hasPrefix("# relu-vs-sigmoid <results>\n\n## Summary\n\n"))
        #expect(markdown.contains("Reproduces **article 3** with `lab experiment relu-vs-sigmoid`; see [the chart](accuracy.svg)."))
        #expect(markdown.contains("- 3 seeds\n- 10 epochs"))
        #expect(markdown.contains("| activation | test accuracy |\n|------------|--------------:|\n| sigmoid    |         0.861 |\n| <b>\\|      |         1 & 2 |"))
        #expect(markdown.contains("![Gradient norm per layer](gradients.svg)\n\n**Gradient norm per layer.** At depth 16 sigmoid's first-layer gradient is 10⁻¹⁰ of its output layer's."))
    }

    @Test func aFigureWithoutAChartIsItsCaptionLineAlone() {
        let markdown = Self.charts.markdown()
        #expect(markdown.contains("**Saturated units.** No unit was saturated."))
        #expect(!markdown.contains("](saturated"))
        #expect(markdown.contains("![Loss per epoch](loss.svg)\n\n**Loss per epoch.** relu's is lowest."))
        let html = Self.charts.html()
        #expect(html.contains("<figure class=\"empty\" id=\"saturated-units\">\n<figcaption><strong>Saturated units.</strong> No unit was saturated.</figcaption>"))
    }

    @Test func chartsAreInlinedWithOneScript() {
        let html = Self.charts.html()
        #expect(html.contains("<figure class=\"chart\" id=\"loss\">\n<svg width=\"10\" height=\"10\"><circle data-x=\"1\" data-y=\"2\"/></svg><figcaption>"))
        #expect(!html.contains("<img"))
        #expect(html.components(separatedBy: "<script>").count == 2, "one inline script for every chart")
        #expect(!html.contains("<script src"))
        #expect(html.contains("#selftest"))
    }

    @Test func htmlRendersTheSameBlocksEscaped() {
        let html = Self.document.html()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<title>relu-vs-sigmoid &lt;results&gt;</title>"))
        #expect(html.contains("<h2>Summary</h2>"))
        #expect(html.contains("Reproduces <strong>article 3</strong> with <code>lab experiment relu-vs-sigmoid</code>; see <a href=\"accuracy.svg\">the chart</a>."))
        #expect(html.contains("<ul>\n<li>3 seeds</li>\n<li>10 epochs</li>\n</ul>"))
        #expect(html.contains("<th>activation</th><th>test accuracy</th>"))
        #expect(html.contains("<td>sigmoid</td><td class=\"num\">0.861</td>"))
        #expect(html.contains("<td>&lt;b&gt;|</td><td class=\"num\">1 &amp; 2</td>"))
        #expect(html.contains("<img src=\"gradients.svg\" alt=\"Gradient norm per layer\"><figcaption><strong>Gradient norm per layer.</strong> At depth 16"))
        #expect(!html.contains("<script"), "no chart inlined, no script")
    }

    @Test func htmlIsSelfContained() {
        for html in [Self.document.html(), Self.charts.html()] {
            for forbidden in ["http://", "https://", "<link", "@import", "@font-face", "src=\"/", "<script src", "url(http"] {
                #expect(!html.contains(forbidden), "the page must work offline: found \(forbidden)")
            }
            #expect(html.contains("<style>"))
        }
    }
}
