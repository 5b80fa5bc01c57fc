import Foundation

/// Where the self-check grades: one mirror of the kit, always built from its `Solutions/` folder
/// (whatever each step puts there) in one scratch folder, so that each step after the first
/// rebuilds only the lessons it changed.
struct SelfCheckBench {
    let mirror: KitMirror
    let lessons: [Lesson]
    let scratch: URL
    /// Each round's logs go to a subfolder named after it.
    let logs: URL
    let timeout: Double

    /// Puts `sources` (lesson folder → file name → contents) in the mirror and grades every
    /// lesson; `timeouts` overrides the time limit of some lessons, by number.
    func grade(_ round: String, _ sources: [String: [String: Data]], timeouts: [String: Double] = [:],
               status: (String) -> Void) throws -> [LessonResult] {
        try mirror.update(implementation: .solutions, lessons: lessons, sources: sources)
        return try GradingRound(kit: mirror.destination, implementation: .solutions, scratch: scratch,
                                logs: logs.appendingPathComponent(round), timeout: timeout,
                                timeoutOverrides: timeouts).grade(lessons, progress: status)
    }
}
