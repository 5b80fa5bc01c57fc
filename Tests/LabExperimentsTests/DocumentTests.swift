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
        .figure(path: "gradients.svg", caption: "Gradient norm per layer"),
    ])

    @Test func markdownRendersEveryBlock() {
        let markdown = Self.document.markdown()
        #expect(markdown.hasPrefix("# relu-vs-sigmoid <results>\n\n## Summary\n\n"))
        #expect(markdown.contains("Reproduces **article 3** with `lab experiment relu-vs-sigmoid`; see [the chart](accuracy.svg)."))
        #expect(markdown.contains("- 3 seeds\n- 10 epochs"))
        #expect(markdown.contains("| activation | test accuracy |\n|------------|--------------:|\n| sigmoid    |         0.861 |\n| <b>\\|      |         1 & 2 |"))
        #expect(markdown.contains("![Gradient norm per layer](gradients.svg)"))
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
        #expect(html.contains("<img src=\"gradients.svg\" alt=\"Gradient norm per layer\"><figcaption>Gradient norm per layer</figcaption>"))
    }

    @Test func htmlIsSelfContained() {
        let html = Self.document.html()
        for forbidden in ["http://", "https://", "<script", "<link", "@import", "@font-face", "src=\"/"] {
            #expect(!html.contains(forbidden), "the page must work offline: found \(forbidden)")
        }
        #expect(html.contains("<style>"))
    }
}
