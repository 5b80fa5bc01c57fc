import Foundation
import LabEngine

/// Keras-style progress bar for a terminal: one line per epoch, redrawn in place with \r at
/// most ten times a second (drawing every step would cost more than the step itself).
final class ProgressDisplay {
    private let enabled: Bool
    private var epochStart = DispatchTime.now().uptimeNanoseconds
    private var lastDraw: UInt64 = 0
    private var drawn = false

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func update(_ progress: TrainingProgress) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        if progress.step == 1 { epochStart = now }
        guard now - lastDraw > 100_000_000 || progress.step == progress.steps else { return }
        lastDraw = now
        let elapsed = Double(now - epochStart) / 1e9
        let eta = elapsed / Double(progress.step) * Double(progress.steps - progress.step)
        let width = 30
        let filled = width * progress.step / progress.steps
        let bar = String(repeating: "=", count: filled) + (filled < width ? ">" : "")
            + String(repeating: " ", count: max(0, width - filled - 1))
        let line = "epoch \(progress.epoch)/\(progress.epochs) [\(bar)] \(progress.step)/\(progress.steps)"
            + String(format: "  loss %.4f  accuracy %.4f  ETA %.1fs", progress.loss, progress.accuracy, eta)
        FileHandle.standardOutput.write(Data("\r\(line)\u{1B}[K".utf8))
        drawn = true
    }

    /// Erases the bar so that a normal line can be printed.
    func clear() {
        guard drawn else { return }
        FileHandle.standardOutput.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }
}
