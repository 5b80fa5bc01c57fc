import ActivationCatalog

/// Finds activations that cannot be trained: unknown names, and lesson stubs that still
/// return NaN. Training a stub would only produce NaN losses after minutes of work, so the
/// runner refuses up front and says what to do instead.
public enum ActivationCheck {
    /// Inputs spread over both sides of 0 and the usual range of pre-activations.
    private static let probes: [Float] = [-3, -0.5, 0.25, 2]

    /// The problem with `names`, as one sentence, or nil when every one of them works.
    public static func problem(with names: some Sequence<String>) -> String? {
        var unknown: [String] = []
        var stubs: [String] = []
        for name in Set(names).sorted() {
            guard let activation = ActivationCatalog.activation(named: name) else {
                unknown.append(name)
                continue
            }
            if probes.contains(where: { activation($0).isNaN || activation.derivative($0).isNaN }) {
                stubs.append(name)
            }
        }
        if !unknown.isEmpty {
            return "unknown activation \(unknown.joined(separator: ", ")); choose from \(ActivationCatalog.names.joined(separator: ", "))"
        }
        guard !stubs.isEmpty else { return nil }
        if stubs == ["custom"] {
            return "CustomActivation returns NaN (Exercises/11-custom-activation): implement CustomActivation first or use KIT_IMPL=solutions"
        }
        return "\(stubs.joined(separator: ", ")) still return NaN (lesson stubs in Exercises/): implement them first (see 'make grade') or use KIT_IMPL=solutions"
    }
}
