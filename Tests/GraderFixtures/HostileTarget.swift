// Shared by the hostile fixtures: the self-check compiles this file into every lesson whose
// fixture refers to `Target` (see GraderFixture.apply).
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Paths derived from where the grader compiled the fixture (`#filePath`; this file sits beside it): the round's folder
/// (its results.json) and the kit (everything before `/.grade/`).
enum Target {
    static let source = "\(#filePath)"
    static var kit: String { source.firstRange(of: "/.grade/").map { String(source[..<$0.lowerBound]) } ?? "/" }
    static var round: String {
        var parts = source.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }

    /// Tries to write `text` into `path`; says nothing whether it worked.
    static func scribble(_ path: String, _ text: String, append: Bool = false) {
        let fd = open(path, O_WRONLY | O_CREAT | (append ? O_APPEND : O_TRUNC), 0o644)
        guard fd >= 0 else { return }
        _ = text.withCString { write(fd, $0, strlen($0)) }
        close(fd)
    }
}
