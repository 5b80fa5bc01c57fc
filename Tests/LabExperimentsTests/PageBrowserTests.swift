import Foundation
import LabData
import LabExperiments
import Testing

/// Every experiment's index.html in a real browser: headless Chromium opens the page written
/// from the fake's results at `#selftest`, where the charts' own script hovers a point and
/// clicks a legend entry with real mouse events and checks what the browser computed (see
/// `ChartData`). The test reads its verdict from the dumped DOM and keeps a screenshot of
/// each page in `.build/pages/NAME.png` (the page itself in `.build/pages/NAME/`).
///
/// Without Chromium the test is skipped, with a notice, on a developer's machine; under CI
/// (`CI` set) it runs and fails, so CI must install it (`.ci/run` does).
@Suite(.serialized) struct PageBrowserTests {
    /// Debian's `chromium` (or Chrome's usual names) on PATH.
    static let browser: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in path.split(separator: ":") {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }()

    static let onCI = !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty

    /// `.build/pages/` of this package.
    static let pages = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/pages")

    /// The page of `experiment` from the fake's results; depth's saturated-units chart is
    /// empty, so one page shows a chart in words.
    static func writePage(_ experiment: Experiment) throws -> URL {
        let executor = FakeExecutor(accuracies: ["relu": [0.87], "sigmoid": [0.86], "tanh": [0.9]],
                                    saturated: experiment.name == "depth" ? 0 : 0.5)
        let runner = ExperimentRunner(executor: executor) { _ in
            SyntheticShape.xor.make(trainCount: 40, testCount: 20, seed: 1)
        }
        let result = try runner.run(experiment, options: ExperimentOptions(quick: true))
        let directory = pages.appendingPathComponent(experiment.name)
        try? FileManager.default.removeItem(at: directory)
        try ExperimentReport.write(result, to: directory)
        return directory.appendingPathComponent("index.html")
    }

    /// Runs Chromium on `page#selftest`, returning the dumped DOM; a screenshot goes to `screenshot`.
    static func open(_ page: URL, browser: String, screenshot: URL) throws -> String {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("lab-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile.path)",
            "--virtual-time-budget=10000", "--window-size=1280,2000", "--screenshot=\(screenshot.path)",
            "--dump-dom", page.absoluteString + "#selftest",
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // A browser that hangs must not hang the suite.
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
        let dom = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        return String(decoding: dom, as: UTF8.self)
    }

    @Test(.enabled(if: browser != nil || onCI, "chromium is not installed (apt-get install chromium): the pages were not checked in a browser"),
          arguments: Experiment.all.map(\.name))
    func pageWorksInABrowser(name: String) throws {
        let browser = try #require(Self.browser, "CI must check the pages in a real browser: install chromium (.ci/run does)")
        let page = try Self.writePage(try #require(Experiment.named(name)))
        let screenshot = Self.pages.appendingPathComponent("\(name).png")
        try? FileManager.default.removeItem(at: screenshot)
        let started = Date()
        let dom = try Self.open(page, browser: browser, screenshot: screenshot)
        print("\(name): Chromium took \(String(format: "%.1f", Date().timeIntervalSince(started))) s; screenshot \(screenshot.path)")

        let start = try #require(dom.range(of: "<pre id=\"selftest\">"), "the page's self-test wrote no result: \(dom.suffix(300))")
        let end = try #require(dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex))
        let lines = dom[start.upperBound..<end.lowerBound].split(separator: "\n").map(String.init)
        for line in lines where !line.hasPrefix("PASS") {
            Issue.record("\(name): \(line)")
        }
        // Every chart was drawn, hovered and toggled; the pickers and sliders were tried.
        let figures = dom.components(separatedBy: "<figure class=\"chart\"").count - 1
        #expect(figures > 0)
        #expect(lines.filter { $0.contains(": drawn at ") }.count == figures)
        #expect(lines.filter { $0.contains(": hovering ") }.count == figures - boundaries(in: dom),
                "every chart but a decision boundary has points to hover (line charts: markers: true)")
        #expect(lines.contains { $0.contains("a click on its legend hides") })
        if ["depth", "mixed", "compare-activations"].contains(name) {
            #expect(lines.contains { $0.contains("in the picker hides") }, "the gradient charts have more than six series")
        }
        if ["boundaries", "custom"].contains(name) {
            #expect(lines.contains { $0.contains("the slider at epoch 1 draws") })
        }
        if name == "depth" {
            #expect(lines.contains("PASS saturated-units: no chart, in words"))
        }
        #expect(lines.last?.hasPrefix("PASS all") == true, "\(lines.last ?? "no verdict")")
        let size = (try? FileManager.default.attributesOfItem(atPath: screenshot.path)[.size] as? Int) ?? 0
        #expect(size > 10_000, "a screenshot of a drawn page (\(size) bytes)")
    }

    /// How many decision-boundary figures the page has (they have no points to hover).
    private func boundaries(in dom: String) -> Int {
        dom.components(separatedBy: "<figure class=\"chart\" id=\"boundaries-").count - 1
    }
}
