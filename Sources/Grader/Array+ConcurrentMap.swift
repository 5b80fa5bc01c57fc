import Dispatch

extension Array where Element: Sendable {
    /// `map`, with the transforms run on as many threads as there are cores. The grader uses it
    /// to run lessons' test processes side by side; the order of the results is the order of
    /// the elements, whichever finished first.
    func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) throws -> T) throws -> [T] {
        nonisolated(unsafe) var results = [Result<T, any Error>?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: count) { index in
                // Each iteration writes only its own slot.
                slots[index] = Result { try transform(self[index]) }
            }
        }
        return try results.map { try $0!.get() }
    }
}
