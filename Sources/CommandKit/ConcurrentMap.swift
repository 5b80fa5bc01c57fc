import Foundation

extension Array where Element: Sendable {
    /// `map` with the transforms run side by side on up to `width` threads (all cores when nil),
    /// each element taken by the next free thread; the results are in the elements' order
    /// whichever finished first. The kit's tools use it to train runs or grade lessons at once.
    public func concurrentMap<T: Sendable>(width: Int? = nil, _ transform: @Sendable (Element) throws -> T) throws -> [T] {
        let threads = Swift.max(1, Swift.min(width ?? ProcessInfo.processInfo.activeProcessorCount, count))
        let results = SlotArray<Result<T, any Error>>(count: count)
        let next = SlotArray<Int>(count: 1)
        next.set(0, 0)
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            while true {
                let index = next.claim()
                guard index < count else { return }
                results.set(index, Result { try transform(self[index]) })
            }
        }
        return try (0..<count).map { try results.get($0)!.get() }
    }
}

/// Slots written from several threads behind one lock.
private final class SlotArray<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Value?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock(); defer { lock.unlock() }
        values[index] = value
    }

    func get(_ index: Int) -> Value? {
        lock.lock(); defer { lock.unlock() }
        return values[index]
    }
}

extension SlotArray where Value == Int {
    /// Returns slot 0 and increments it: the next element to take.
    func claim() -> Int {
        lock.lock(); defer { lock.unlock() }
        let value = values[0]!
        values[0] = value + 1
        return value
    }
}
