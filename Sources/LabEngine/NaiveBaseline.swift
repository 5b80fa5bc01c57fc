import Dispatch

/// The textbook triple-loop matrix product, timed on the trainer's shapes: `lab bench`'s yardstick
/// for how much the blocked SIMD kernel buys. Compiled with the same flags as the real kernel.
public enum NaiveBaseline {
    /// C = A · B, all row-major and unpadded, one dot product per element in the order i, j, k.
    static func multiply(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>,
                         rows: Int, columns: Int, depth: Int) {
        for i in 0..<rows {
            for j in 0..<columns {
                var sum: Float = 0
                for k in 0..<depth {
                    sum += a[i * depth + k] * b[k * columns + j]
                }
                c[i * columns + j] = sum
            }
        }
    }

    /// Seconds the naive product takes for one training step's products of `network` at
    /// `batchSize` (the same shapes the kernel computes: forward, weight gradients, and the
    /// deltas of every layer but the first), measured over `repetitions` steps (median).
    public static func secondsPerStep(of network: Network, batchSize: Int, repetitions: Int = 5) -> Double {
        let shapes = network.productShapes(batchSize: batchSize)
        let largest = shapes.map { max($0.rows * $0.depth, $0.depth * $0.columns, $0.rows * $0.columns) }.max() ?? 1
        let a = FloatBuffer(count: largest), b = FloatBuffer(count: largest), c = FloatBuffer(count: largest)
        for i in 0..<largest {
            a.pointer[i] = Float(i % 7) * 0.125
            b.pointer[i] = Float(i % 5) * 0.25
        }
        var times: [Double] = []
        for _ in 0..<repetitions {
            let start = DispatchTime.now().uptimeNanoseconds
            for shape in shapes {
                multiply(a.pointer, b.pointer, c.pointer, rows: shape.rows, columns: shape.columns, depth: shape.depth)
            }
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return times.sorted()[times.count / 2]
    }
}
