import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// ANSI colours for the report, or none: colour only goes to a terminal, and never when the
/// user set `NO_COLOR` (https://no-color.org), so logs, pipes and CI output stay plain.
public struct TextStyle: Sendable {
    public let colour: Bool

    public init(colour: Bool) {
        self.colour = colour
    }

    /// The style for standard output as the user's terminal and environment ask for it.
    public static func forStandardOutput(environment: [String: String]) -> TextStyle {
        let noColour = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return TextStyle(colour: isatty(STDOUT_FILENO) == 1 && !noColour)
    }

    public func bold(_ text: String) -> String { paint(text, "1") }
    public func dim(_ text: String) -> String { paint(text, "2") }
    public func red(_ text: String) -> String { paint(text, "31") }
    public func green(_ text: String) -> String { paint(text, "32") }
    public func yellow(_ text: String) -> String { paint(text, "33") }
    public func cyan(_ text: String) -> String { paint(text, "36") }

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
