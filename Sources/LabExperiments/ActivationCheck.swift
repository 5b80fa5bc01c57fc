import ActivationCatalog

/// Finds activations that cannot be trained: unknown names, and lesson stubs that still
/// return NaN. Training a stub would only produce NaN losses after minutes of work, so the
/// runner refuses up front and says what to do instead.
public enum ActivationCheck {
    /// The problem with `names`, as one sentence, or nil when every one of them works.
    public static func problem(with names: some Sequence<String>) -> String? {
        var stubs: [String] = []
        for name in Set(names).sorted() {
            do {
                if ActivationCatalog.isStub(try ActivationCatalog.lookup(name)) { stubs.append(name) }
            } catch {
                return error.description
            }
        }
        switch stubs.count {
        case 0: return nil
        case 1: return ActivationCatalog.stubAdvice(stubs[0])
        default:
            return "\(stubs.joined(separator: ", ")) still return NaN (lesson stubs in Exercises/): implement them first (see 'make grade') or use KIT_IMPL=solutions"
        }
    }
}
