import Testing
@testable import LabEngine
import LabData

/// The kernel against a plain Double triple loop, on logical shapes that are not multiples of
/// the tile, embedded in zero-padded buffers exactly as the network lays them out.
@Suite struct MatrixKernelsTests {
    /// Random values in [−1, 1) in the logical `rows × columns` corner of a padded buffer.
    static func filled(rows: Int, columns: Int, paddedRows: Int, stride: Int,
                       using generator: inout SeededGenerator) -> FloatBuffer {
        let buffer = FloatBuffer(count: paddedRows * stride)
        for r in 0..<rows {
            for c in 0..<columns { buffer.pointer[r * stride + c] = 2 * generator.nextUnitFloat() - 1 }
        }
        return buffer
    }

    static func padded(_ value: Int, _ multiple: Int) -> Int { (value + multiple - 1) / multiple * multiple }

    /// Every entry of the padded `c` equals Σₚ a(i, p)·b(p, j) computed in Double inside the
    /// logical `rows × columns` corner, and 0 in the padding.
    static func expectNaiveProduct(_ c: FloatBuffer, rows: Int, columns: Int, depth: Int, paddedRows: Int,
                                   ldc: Int, a: (Int, Int) -> Float, b: (Int, Int) -> Float) {
        for i in 0..<paddedRows {
            for j in 0..<ldc {
                var expected = 0.0
                if i < rows && j < columns {
                    for p in 0..<depth { expected += Double(a(i, p)) * Double(b(p, j)) }
                }
                #expect(abs(Double(c.pointer[i * ldc + j]) - expected) <= 1e-5 * Double(depth), "C[\(i), \(j)]")
            }
        }
    }

    @Test(arguments: [(1, 1, 1), (7, 13, 5), (9, 33, 17), (16, 64, 128), (3, 10, 300), (8, 32, 129)])
    func productMatchesNaive(shape: (m: Int, n: Int, k: Int)) {
        var generator = SeededGenerator(seed: 7)
        let (m, n, k) = shape
        let mp = Self.padded(m, 8), np = Self.padded(n, 32), kp = Self.padded(k, 8)
        let a = Self.filled(rows: m, columns: k, paddedRows: mp, stride: kp, using: &generator)
        let b = Self.filled(rows: k, columns: n, paddedRows: kp, stride: np, using: &generator)
        let c = FloatBuffer(count: mp * np)
        MatrixKernels.multiply(a: a.pointer, aRowStride: kp, aStepStride: 1, b: b.pointer, ldb: np,
                               c: c.pointer, ldc: np, depth: kp, rowTiles: 0..<(mp / 8), columnTiles: 0..<(np / 32))
        Self.expectNaiveProduct(c, rows: m, columns: n, depth: k, paddedRows: mp, ldc: np) { i, p in
            a.pointer[i * kp + p]
        } b: { p, j in b.pointer[p * np + j] }
    }

    /// C = Aᵀ · B (the weight gradient Xᵀ·δ), A being `k × m`.
    @Test(arguments: [(1, 1, 1), (13, 7, 5), (17, 40, 9), (784 / 8, 10, 32)])
    func transposedProductMatchesNaive(shape: (m: Int, n: Int, k: Int)) {
        var generator = SeededGenerator(seed: 11)
        let (m, n, k) = shape
        let mp = Self.padded(m, 8), np = Self.padded(n, 32), kp = Self.padded(k, 8)
        let a = Self.filled(rows: k, columns: m, paddedRows: kp, stride: mp, using: &generator)
        let b = Self.filled(rows: k, columns: n, paddedRows: kp, stride: np, using: &generator)
        let c = FloatBuffer(count: mp * np)
        MatrixKernels.multiply(a: a.pointer, aRowStride: 1, aStepStride: mp, b: b.pointer, ldb: np,
                               c: c.pointer, ldc: np, depth: kp, rowTiles: 0..<(mp / 8), columnTiles: 0..<(np / 32))
        Self.expectNaiveProduct(c, rows: m, columns: n, depth: k, paddedRows: mp, ldc: np) { i, p in
            a.pointer[p * mp + i]
        } b: { p, j in b.pointer[p * np + j] }
    }

    /// A tile range computes exactly those tiles, leaving the rest alone: how the cores split work.
    @Test func tileRangesAreIndependent() {
        var generator = SeededGenerator(seed: 3)
        let a = Self.filled(rows: 16, columns: 8, paddedRows: 16, stride: 8, using: &generator)
        let b = Self.filled(rows: 8, columns: 64, paddedRows: 8, stride: 64, using: &generator)
        let whole = FloatBuffer(count: 16 * 64), split = FloatBuffer(count: 16 * 64)
        MatrixKernels.multiply(a: a.pointer, aRowStride: 8, aStepStride: 1, b: b.pointer, ldb: 64,
                               c: whole.pointer, ldc: 64, depth: 8, rowTiles: 0..<2, columnTiles: 0..<2)
        for (rows, columns) in [(0..<1, 0..<2), (1..<2, 0..<1), (1..<2, 1..<2)] {
            MatrixKernels.multiply(a: a.pointer, aRowStride: 8, aStepStride: 1, b: b.pointer, ldb: 64,
                                   c: split.pointer, ldc: 64, depth: 8, rowTiles: rows, columnTiles: columns)
        }
        for i in 0..<(16 * 64) { #expect(whole.pointer[i] == split.pointer[i]) }
    }

    @Test func transposeAndNaiveBaseline() {
        let source = FloatBuffer(count: 6)
        for i in 0..<6 { source.pointer[i] = Float(i) }            // [[0 1 2] [3 4 5]]
        let destination = FloatBuffer(count: 6)
        MatrixKernels.transpose(source.pointer, ld: 3, rows: 2, columns: 3, into: destination.pointer, ldd: 2)
        #expect((0..<6).map { destination.pointer[$0] } == [0, 3, 1, 4, 2, 5])
        let product = FloatBuffer(count: 4)                         // [[0 1 2] [3 4 5]] · [[0 3] [1 4] [2 5]]
        NaiveBaseline.multiply(source.pointer, destination.pointer, product.pointer, rows: 2, columns: 2, depth: 3)
        #expect((0..<4).map { product.pointer[$0] } == [5, 14, 14, 50])
    }
}
