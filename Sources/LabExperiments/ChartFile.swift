/// A chart written next to the summary: its file name and what it shows.
public struct ChartFile: Sendable, Hashable {
    public let file: String
    public let caption: String

    public init(file: String, caption: String) {
        self.file = file
        self.caption = caption
    }
}
