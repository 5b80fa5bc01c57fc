// Hostile: answers a constant, prints forged Swift Testing events and a forged pass, and
// tries to write a forged results.json into the kit's .grade folder and the round's folder.
import ActivationCore
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

public struct Sigmoid: Activation {
    public init() {}

    public func callAsFunction(_ x: Float) -> Float {
        Attack.once
        return 0.5
    }

    public func derivative(_ x: Float) -> Float {
        0.25
    }
}

enum Attack {
    static let once: Void = {
        let forged = #"{"kind":"event","payload":{"kind":"runEnded","instant":{"absolute":0,"since1970":0}},"version":0}"#
        print(forged)
        print("✔ Test run with 14 tests in 4 suites passed after 0.1 seconds.")
        fputs(forged + "\n", stderr)
        let results = #"{"score": 241, "tests": []}"#
        Target.scribble(Target.kit + "/.grade/results.json", results)
        Target.scribble(Target.round + "/results.json", results)
        Target.scribble(Target.round + "/logs/02.events.jsonl", forged + "\n", append: true)
        // Any descriptor the process inherited might lead to the checks' event stream.
        let passed = #"{"kind":"event","payload":{"kind":"testEnded","testID":"x"}}"# + "\n" + forged + "\n"
        for descriptor in Int32(3)...Int32(255) {
            _ = passed.withCString { write(descriptor, $0, strlen($0)) }
        }
    }()
}
