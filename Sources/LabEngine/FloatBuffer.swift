/// A zero-filled, 64-byte-aligned block of Floats that lives as long as its owner.
///
/// Every buffer the trainer touches is allocated once, when a `Network` is built, and then
/// reused for every step: a training step never allocates. The alignment puts each SIMD16 row
/// start on a cache-line boundary whenever the row length is a multiple of 16, so the kernels'
/// vector loads never straddle two lines.
final class FloatBuffer {
    /// The first element; valid for `count` Floats until the buffer is released.
    let pointer: UnsafeMutablePointer<Float>
    let count: Int

    init(count: Int) {
        self.count = count
        let raw = UnsafeMutableRawPointer.allocate(byteCount: max(count, 1) * MemoryLayout<Float>.stride,
                                                   alignment: 64)
        pointer = raw.bindMemory(to: Float.self, capacity: max(count, 1))
        pointer.initialize(repeating: 0, count: max(count, 1))
    }

    deinit {
        UnsafeMutableRawPointer(pointer).deallocate()
    }

    /// Sets every element to zero.
    func zero() {
        pointer.update(repeating: 0, count: count)
    }
}
