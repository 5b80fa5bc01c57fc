import Foundation

/// A progress display for a terminal: a few lines redrawn in place, at most ten times a second
/// (drawing every training step would cost more than the step itself), with a bar and an ETA.
/// Where the stream is not a terminal (a log, CI) it draws nothing: callers print plain lines
/// with `log` instead, which on a terminal appear above the bar.
public final class ProgressBar: @unchecked Sendable {
    private let write: @Sendable (String) -> Void
    /// Whether the stream is a terminal: only then is anything redrawn.
    public let interactive: Bool
    private let lock = NSLock()
    private var drawnLines = 0
    private var lastDraw: UInt64 = 0
    private var lastLines: [String] = []

    /// Draws on standard error (`console.errorIsTerminal`) or standard output.
    public init(console: Console, onStandardError: Bool = true) {
        if onStandardError {
            write = { console.writeError($0) }
            interactive = console.errorIsTerminal
        } else {
            write = { console.write($0) }
            interactive = console.outputIsTerminal
        }
    }

    /// Redraws `lines` in place of the previous ones; skipped when the last draw was under
    /// 0.1 s ago, unless `force`.
    public func draw(_ lines: [String], force: Bool = false) {
        guard interactive else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = DispatchTime.now().uptimeNanoseconds
        guard force || now - lastDraw >= 100_000_000 else { return }
        lastDraw = now
        lastLines = lines
        let columns = Self.terminalColumns()
        let text = lines.map { "\u{1B}[K" + String($0.prefix(max(columns - 1, 10))) }.joined(separator: "\n")
        write(erase() + text)
        drawnLines = lines.count
    }

    /// Prints `line` as a permanent line (above the bar on a terminal, where the bar is redrawn
    /// under it).
    public func log(_ line: String) {
        lock.lock()
        defer { lock.unlock() }
        let redraw = interactive && drawnLines > 0
        write(erase() + line + "\n")
        drawnLines = 0
        if redraw {
            write(lastLines.map { "\u{1B}[K" + $0 }.joined(separator: "\n"))
            drawnLines = lastLines.count
        }
    }

    /// Removes the bar, leaving the cursor at the start of an empty line.
    public func clear() {
        lock.lock()
        defer { lock.unlock() }
        if drawnLines > 0 { write(erase()) }
        drawnLines = 0
        lastLines = []
    }

    /// The escape codes that erase what was drawn and put the cursor where it began.
    private func erase() -> String {
        guard drawnLines > 0 else { return "" }
        return "\r\u{1B}[K" + String(repeating: "\u{1B}[1A\u{1B}[K", count: drawnLines - 1)
    }

    /// "[=========>          ]" for `fraction` of `width` cells.
    public static func bar(_ fraction: Double, width: Int = 30) -> String {
        let clamped = min(max(fraction.isFinite ? fraction : 0, 0), 1)
        let filled = Int((clamped * Double(width)).rounded(.down))
        let head = filled < width ? ">" : ""
        return "[" + String(repeating: "=", count: filled) + head
            + String(repeating: " ", count: max(0, width - filled - head.count)) + "]"
    }

    /// The time left when `done` of `total` took `elapsed` seconds; nil before any progress.
    public static func eta(elapsed: Double, done: Double, total: Double) -> Double? {
        guard done > 0, total >= done, elapsed >= 0 else { return nil }
        return elapsed * (total - done) / done
    }

    private static func terminalColumns() -> Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 100
    }
}
