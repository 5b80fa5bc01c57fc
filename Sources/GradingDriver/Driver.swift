import ActivationCore
import GradingProtocol
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The submission side of the grading wire (see `Wire`): the main loop of a driver, the small
/// program the grader builds from a student's lesson sources plus the lesson's
/// `Tests/Grading/NN-topic/Driver/Driver.swift`, and runs in a sandbox.
///
/// The driver does nothing but answer: it reads a request from standard input, calls the
/// student's code once per argument and writes the reply. It trusts nothing either: a request
/// it cannot read ends it, and whatever the student's code does (print, trap, loop, exit) is
/// the checks' business to notice and count. It owns no state between requests.
public enum GradingDriver {
    /// An endpoint: the student's code behind one name, called with the request's parameters
    /// and one argument at a time.
    public typealias Endpoint = ([Float], [Float]) -> [Float]

    /// Answers requests until standard input ends, then exits with status 0.
    ///
    /// Before any student code runs, the real standard output is set aside for replies and
    /// file descriptor 1 is pointed at standard error, so that a `print` in a student's
    /// function lands in the log the checks keep, not in the middle of a reply.
    public static func serve(_ endpoints: [String: Endpoint]) -> Never {
        let replies = dup(1)
        guard replies >= 0, dup2(2, 1) >= 0 else { exit(70) }
        while let payload = readFrame(0) {
            let reply: Wire.Reply
            do {
                let request = try Wire.decodeRequest(payload)
                if let endpoint = endpoints[request.endpoint] {
                    reply = .answers(request.arguments.map { endpoint(request.parameters, $0) })
                } else {
                    reply = .refused("no endpoint \(request.endpoint)")
                }
            } catch {
                reply = .refused("unreadable request: \(error)")
            }
            guard writeAll(replies, Wire.encode(reply)) else { exit(71) }
        }
        exit(0)
    }

    /// The endpoints of a scalar activation called `name`: `name.value`, `name.derivative` and
    /// `name.both` (values then derivatives), each taking a batch of inputs as its argument.
    /// `make` builds the student's value from the request's parameters (none: the default).
    public static func activation(_ name: String, _ make: @escaping ([Float]) -> any Activation)
        -> [String: Endpoint] {
        [
            "\(name).value": { parameters, inputs in
                let f = make(parameters)
                return inputs.map { f($0) }
            },
            "\(name).derivative": { parameters, inputs in
                let f = make(parameters)
                return inputs.map { f.derivative($0) }
            },
            "\(name).both": { parameters, inputs in
                let f = make(parameters)
                return inputs.map { f($0) } + inputs.map { f.derivative($0) }
            },
        ]
    }

    /// One frame's payload, or nil at the end of the input or on a malformed frame.
    private static func readFrame(_ descriptor: Int32) -> [UInt8]? {
        guard let header = readExactly(descriptor, 4),
              let length = try? Wire.frameLength(header) else { return nil }
        return readExactly(descriptor, length)
    }

    private static func readExactly(_ descriptor: Int32, _ count: Int) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = buffer.withUnsafeMutableBytes { raw in
                read(descriptor, raw.baseAddress! + filled, count - filled)
            }
            if got > 0 {
                filled += got
            } else if got < 0 && errno == EINTR {
                continue
            } else {
                return nil
            }
        }
        return buffer
    }

    private static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let wrote = bytes.withUnsafeBytes { raw in
                write(descriptor, raw.baseAddress! + sent, bytes.count - sent)
            }
            if wrote > 0 {
                sent += wrote
            } else if wrote < 0 && errno == EINTR {
                continue
            } else {
                return false
            }
        }
        return true
    }
}
