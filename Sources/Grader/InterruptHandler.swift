import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns Ctrl-C (and SIGTERM) into a clean exit: kill the children's process groups and every
/// other descendant (a submission's leftovers), leave a one-line note, exit with 128 + the
/// signal number, as a shell would report it.
public final class InterruptHandler {
    private let sources: [any DispatchSourceSignal]

    /// Installs the handler; keep the returned value alive for as long as the grader runs.
    public static func install() -> InterruptHandler {
        InterruptHandler(signals: [SIGINT, SIGTERM])
    }

    private init(signals: [Int32]) {
        sources = signals.map { signalNumber in
            // Dispatch can only see a signal that the default action no longer handles.
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                RunningChildren.shared.killAll()
                ProcessSweeper.sweep()
                FileHandle.standardError.write(Data("\ngrade: stopped.\n".utf8))
                exit(128 + signalNumber)
            }
            source.resume()
            return source
        }
    }
}
