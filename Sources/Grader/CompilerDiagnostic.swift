/// One `error:` line of compiler output: `/path/File.swift:12:5: error: message`.
public struct CompilerDiagnostic: Equatable, Sendable {
    public let file: String
    public let line: Int
    public let column: Int
    public let message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// Every located error in a build log, in order. Warnings, notes and the source excerpts
    /// the compiler draws under each error are skipped.
    public static func errors(in log: String) -> [CompilerDiagnostic] {
        log.split(whereSeparator: \.isNewline).compactMap { line in
            // The linker's errors (`undefined reference`) carry a line but no column.
            guard let match = line.wholeMatch(of: /(.+?):(\d+)(?::(\d+))?: error: (.*)/),
                  let lineNumber = Int(match.2)
            else { return nil }
            return CompilerDiagnostic(file: String(match.1), line: lineNumber,
                                      column: match.3.flatMap { Int($0) } ?? 0, message: String(match.4))
        }
    }

    /// `file:line: message` (just `file: message` for line 0, a problem of the whole file or
    /// folder), with the file shown relative to `root` when it lies inside it.
    public func summary(relativeTo root: String) -> String {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        let shown = file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file
        return line > 0 ? "\(shown):\(line): \(message)" : "\(shown): \(message)"
    }
}
