import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Progress on standard error: on a terminal, two lines redrawn in place (the whole
/// experiment, run i of N with an ETA, above the current run's epoch); otherwise, as in a log
/// or CI, one plain line per epoch and per run.
public final class ConsoleProgress: ProgressReporter, @unchecked Sendable {
    private struct State {
        var name = ""
        var runs: [RunSpec] = []
        var costs: [Double] = []
        var fractions: [Double] = []
        var started = Date()
        var lastDraw = Date.distantPast
        var drawn = false
    }

    private let state = Locked(State())
    private let interactive: Bool

    /// `interactive` defaults to whether standard error is a terminal.
    public init(interactive: Bool = isatty(STDERR_FILENO) == 1) {
        self.interactive = interactive
    }

    public func experimentStarted(_ name: String, runs: [RunSpec], costs: [Double]) {
        state.withLock { state in
            state = State(name: name, runs: runs, costs: costs,
                          fractions: Array(repeating: 0, count: runs.count), started: Date())
        }
        if !interactive { write("[\(name)] \(runs.count) runs\n") }
    }

    public func runStarted(_ index: Int) {
        state.withLock { state in
            guard !interactive else { return draw(&state, index: index, progress: nil, force: true) }
            write("[\(state.name)] run \(index + 1) of \(state.runs.count): \(label(state.runs[index]))\(eta(state))\n")
        }
    }

    public func training(_ index: Int, _ progress: RunProgress) {
        state.withLock { state in
            state.fractions[index] = progress.fractionOfRun
            if interactive {
                draw(&state, index: index, progress: progress, force: false)
            } else if progress.fractionOfEpoch >= 1, Self.logs(epoch: progress.epoch, of: progress.epochs) {
                write("  epoch \(progress.epoch)/\(progress.epochs)\(metrics(progress))\n")
            }
        }
    }

    public func runFinished(_ index: Int, result: RunResult?, failure: String?) {
        state.withLock { state in
            state.fractions[index] = 1
            let outcome = result.map { "test accuracy \(Format.accuracy($0.testAccuracy)) (\(Format.duration($0.seconds)))" }
                ?? "FAILED: \(failure ?? "unknown error")"
            let line = "run \(index + 1) of \(state.runs.count), \(label(state.runs[index])): \(outcome)"
            if interactive {
                clear(&state)
                write(line + "\n")
                draw(&state, index: index, progress: nil, force: true)
            } else {
                write("  \(line)\n")
            }
        }
    }

    public func experimentFinished(_ name: String, seconds: Double) {
        state.withLock { state in
            if interactive { clear(&state) }
            write("[\(name)] done in \(Format.duration(seconds))\n")
        }
    }

    /// In a log, every epoch of a short run but only about ten lines of a long one (the
    /// playground runs train for a hundred epochs).
    public static func logs(epoch: Int, of epochs: Int) -> Bool {
        let every = max(1, (epochs + 9) / 10)
        return epoch % every == 0 || epoch == epochs
    }

    private func label(_ spec: RunSpec) -> String {
        "\(spec.configurationKey) (seed \(spec.seed))"
    }

    private func metrics(_ progress: RunProgress) -> String {
        var text = ""
        if let loss = progress.loss { text += "  loss \(Format.number(loss))" }
        if let accuracy = progress.accuracy { text += "  accuracy \(Format.accuracy(accuracy))" }
        return text
    }

    /// ", ETA 1 min 05 s" from the work done so far, weighted by each run's estimated cost.
    private func eta(_ state: State) -> String {
        let total = state.costs.reduce(0, +)
        let done = zip(state.costs, state.fractions).reduce(0) { $0 + $1.0 * $1.1 }
        guard total > 0, done > 0 else { return "" }
        let elapsed = Date().timeIntervalSince(state.started)
        return ", ETA \(Format.duration(elapsed * (total - done) / done))"
    }

    private func draw(_ state: inout State, index: Int, progress: RunProgress?, force: Bool) {
        let now = Date()
        guard force || now.timeIntervalSince(state.lastDraw) >= 0.1 else { return }
        state.lastDraw = now
        let overall = "\(state.name): run \(index + 1) of \(state.runs.count), \(label(state.runs[index]))\(eta(state))"
        var detail = "  starting…"
        if let progress {
            let width = 20
            let filled = Int((progress.fractionOfEpoch * Double(width)).rounded(.down))
            let bar = String(repeating: "█", count: min(filled, width)) + String(repeating: "░", count: max(width - filled, 0))
            detail = "  epoch \(progress.epoch)/\(progress.epochs) \(bar) \(Int(progress.fractionOfEpoch * 100))%\(metrics(progress))"
        }
        let columns = terminalColumns()
        let text = [overall, detail].map { String($0.prefix(columns - 1)) }
        write((state.drawn ? "\r\u{1B}[1A" : "\r") + "\u{1B}[2K" + text[0] + "\n\u{1B}[2K" + text[1])
        state.drawn = true
    }

    /// Erases the two progress lines and leaves the cursor where they began.
    private func clear(_ state: inout State) {
        guard state.drawn else { return }
        write("\r\u{1B}[2K\u{1B}[1A\r\u{1B}[2K")
        state.drawn = false
    }

    private func terminalColumns() -> Int {
        var size = winsize()
        guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 10 else { return 80 }
        return Int(size.ws_col)
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
