import Foundation

/// Writes an experiment's folder: `results.json`, `summary.md`, `summary.csv`, the SVG charts
/// and an `index.html` that shows them together offline.
public enum ExperimentReport {
    /// The files written, in the order written.
    @discardableResult
    public static func write(_ result: ExperimentResult, to directory: URL) throws -> [URL] {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw ExperimentError("cannot create \(directory.path): \(error.localizedDescription)")
        }
        var written: [URL] = []
        func save(_ data: Data, _ name: String) throws {
            let url = directory.appendingPathComponent(name)
            do {
                try data.write(to: url, options: .atomic)
            } catch {
                throw ExperimentError("cannot write \(url.path): \(error.localizedDescription)")
            }
            written.append(url)
        }
        try save(try json(result), "results.json")
        let charts = ExperimentCharts.render(result)
        for chart in charts {
            try save(Data(chart.svg.utf8), chart.file.file)
        }
        try save(Data(MarkdownSummary.render(result, charts: charts.map(\.file)).utf8), "summary.md")
        try save(Data(CSVSummary.render(result).utf8), "summary.csv")
        try save(Data(ExperimentPage.render(result, charts: charts).utf8), "index.html")
        return written
    }

    /// Pretty, key-sorted JSON (stable diffs between reruns); NaN and infinities, which JSON
    /// lacks, as the strings "nan", "inf" and "-inf" (a diverged run stays readable).
    public static func json(_ result: ExperimentResult) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try encoder.encode(result)
    }

    /// Reads `results.json` back (the inverse of `json`).
    public static func decode(_ data: Data) throws -> ExperimentResult {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try decoder.decode(ExperimentResult.self, from: data)
    }
}
