/// A chart ready to write: where it goes, what it shows, and its SVG text.
public struct RenderedChart: Sendable {
    public let file: ChartFile
    public let svg: String

    public init(file: ChartFile, svg: String) {
        self.file = file
        self.svg = svg
    }
}
