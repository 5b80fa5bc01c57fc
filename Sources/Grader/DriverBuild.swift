import CommandKit
import Foundation
import GradingProtocol

/// Compiles a lesson's driver: the student's sources of that lesson, plus the lesson's
/// `Tests/Grading/NN-topic/Driver/*.swift` (and any suite file that starts with
/// `// Also compiled into`), linked with the driver runtime.
///
/// The runtime (ActivationCore, the wire, the driver's main loop) does not depend on any
/// student, so it is compiled once per kit into `.build/grading-drivers/runtime-<hash>` and
/// reused by every lesson and every student; a student's lesson then costs one `swiftc` of a
/// few small files (a fraction of a second, whole-module, unoptimised: the driver's speed is
/// not graded). A driver is rebuilt only when its inputs change.
public struct DriverBuild: Sendable {
    /// The kit whose runtime sources and lesson drivers are used (the grader's own).
    public let kit: URL
    /// `.build/grading-drivers`: the runtime, and the drivers of the kit's own lessons.
    public let cache: URL
    /// A bound on one compilation, so that a type checker lost in a student's expression
    /// cannot hang the grader.
    static let timeout: Double = 300

    public init(kit: URL, cache: URL) {
        self.kit = kit
        self.cache = cache
    }

    /// The runtime's modules, sources in build order.
    static let runtimeModules = ["ActivationCore", "GradingProtocol", "GradingDriver"]

    /// Builds the runtime if it is not there yet; returns its folder.
    public func runtime() throws -> URL {
        let sources = Self.runtimeModules.map { SwiftSource.files(in: kit.appendingPathComponent("Sources/\($0)")) }
        let key = try Fingerprint.of(files: sources.flatMap { $0 }, extra: [Self.compilerIdentity])
        let folder = cache.appendingPathComponent("runtime-\(key)")
        let stamp = folder.appendingPathComponent("built")
        if FileManager.default.fileExists(atPath: stamp.path) { return folder }
        let building = cache.appendingPathComponent("runtime-\(key).building-\(getpid())")
        try? FileManager.default.removeItem(at: building)
        try FileManager.default.createDirectory(at: building, withIntermediateDirectories: true)
        for (module, files) in zip(Self.runtimeModules, sources) {
            let log = building.appendingPathComponent("\(module).log")
            let termination = try Subprocess(
                "swiftc", ["-parse-as-library", "-wmo", "-emit-library", "-static", "-emit-module",
                           "-module-name", module, "-I", building.path,
                           "-o", building.appendingPathComponent("lib\(module).a").path] + files.map(\.path),
                output: log, timeout: Self.timeout).run()
            guard termination == .exited(0) else {
                let first = CompilerDiagnostic.errors(in: (try? String(contentsOf: log, encoding: .utf8)) ?? "").first
                throw CommandError.failed("the grading driver runtime (\(module)) does not build: " +
                                        (first.map { $0.summary(relativeTo: kit.path) } ?? "see \(log.path)"))
            }
        }
        try Data().write(to: building.appendingPathComponent("built"))
        // Another grader may have finished the same runtime meanwhile: either copy is good.
        if (try? FileManager.default.moveItem(at: building, to: folder)) == nil {
            try? FileManager.default.removeItem(at: building)
        }
        return folder
    }

    /// The outcome of building one lesson's driver.
    public enum Outcome: Sendable {
        case built(URL)
        case failed(CompilerDiagnostic)
    }

    /// Builds `lesson`'s driver from the `.swift` files in `sources` (already on disk) into
    /// `output` (a folder of its own), unless the same inputs built it already.
    public func build(_ lesson: Lesson, sources: [URL], runtime: URL, output: URL) throws -> Outcome {
        guard !sources.isEmpty else {
            return .failed(CompilerDiagnostic(file: lesson.folder, line: 0, column: 0,
                                              message: "no .swift files; restore the lesson's sources"))
        }
        let grading = kit.appendingPathComponent(lesson.gradingFolder)
        let kitFiles = SwiftSource.files(in: grading.appendingPathComponent("Driver"))
            + SwiftSource.files(in: grading).filter { file in
                (try? String(contentsOf: file, encoding: .utf8))?.hasPrefix("// Also compiled into") ?? false
            }
        let key = try Fingerprint.of(files: sources + kitFiles, extra: [runtime.lastPathComponent, lesson.module])
        let driver = output.appendingPathComponent("driver")
        let stamp = output.appendingPathComponent("driver.key")
        if (try? String(contentsOf: stamp, encoding: .utf8)) == key,
           FileManager.default.isExecutableFile(atPath: driver.path) {
            return .built(driver)
        }
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: stamp)
        try? FileManager.default.removeItem(at: driver)
        let log = output.appendingPathComponent("build.log")
        let termination = try Subprocess(
            "swiftc", ["-parse-as-library", "-wmo", "-Onone", "-suppress-warnings",
                       "-module-name", lesson.module, "-I", runtime.path, "-L", runtime.path,
                       "-lGradingDriver", "-lGradingProtocol", "-lActivationCore",
                       "-module-cache-path", cache.appendingPathComponent("module-cache").path,
                       "-o", driver.path] + (sources + kitFiles).map(\.path),
            output: log, timeout: Self.timeout).run()
        if case .timedOut = termination {
            return .failed(CompilerDiagnostic(file: lesson.folder, line: 0, column: 0,
                                              message: "the compiler gave up after \(Int(Self.timeout)) s"))
        }
        guard termination == .exited(0) else {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            let error = CompilerDiagnostic.errors(in: text).first
                ?? CompilerDiagnostic(file: lesson.folder, line: 0, column: 0,
                                      message: text.split(whereSeparator: \.isNewline).first.map(String.init)
                                          ?? "the compiler failed (\(termination.summary))")
            return .failed(error)
        }
        try key.write(to: stamp, atomically: true, encoding: .utf8)
        return .built(driver)
    }

    /// What identifies the compiler: its path and size (a toolchain update changes both).
    static let compilerIdentity: String = {
        let path = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
            .map { "\($0)/swiftc" }.first { FileManager.default.isExecutableFile(atPath: $0) } ?? "swiftc"
        let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int ?? 0
        return "\(path):\(size)"
    }()
}

/// A 64-bit FNV-1a digest of files' names and contents: enough to notice that an input
/// changed (it is never compared across students, so nobody gains by forging a collision).
enum Fingerprint {
    static func of(files: [URL], extra: [String] = []) throws -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        for text in extra { mix(text.utf8); mix([0]) }
        for file in files {
            mix(file.lastPathComponent.utf8)
            mix([0])
            mix(try Data(contentsOf: file))
            mix([0])
        }
        return String(hash, radix: 16)
    }
}
