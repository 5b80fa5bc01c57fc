/// The matrix products of training: a packed, cache-blocked, register-blocked SIMD kernel.
///
/// One micro-kernel does all the arithmetic. It keeps an 8 × 32 tile of C in sixteen
/// `SIMD16<Float>` registers and, for every step k of the shared dimension, loads two vectors of
/// B's row k and broadcasts eight elements of A, sixteen fused multiply-adds per ten loads. A is
/// read through two strides, so the same kernel computes both
///
/// - `C = A · B` (forward pass, and `δ · Wᵀ` once W has been transposed into a scratch buffer):
///   A element (r, k) at `a[r·lda + k]`, and
/// - `C = Aᵀ · B` (weight gradient `Xᵀ · δ`): A element (r, k) at `a[k·lda + r]`,
///
/// and neither operand is ever copied into a packed form at run time: the network stores its
/// matrices already padded so that the kernel's tiles divide them exactly (rows of C in multiples
/// of `tileRows`, columns in multiples of `tileColumns`, padding kept at zero so it adds
/// nothing). The shared dimension is walked in blocks of `depthBlock` so that the slice of B a
/// tile reads stays in the L1 cache while the next row tile reuses it.
///
/// LabEngine is compiled with `-target-cpu native` (Package.swift's `fastMath`, switched off by
/// `KIT_PORTABLE=1`): only then does `addingProduct` on SIMD16 become one AVX-512 (or two AVX2)
/// FMA instruction instead of a library call per lane. The code itself uses no unchecked build
/// mode: the hot loops run on unsafe pointers, whose accesses are not bounds-checked.
///
/// Every element of C is a sum in a fixed order (depth blocks in order, k in order within a
/// block), whatever range of tiles a thread is given, so results are bit-identical run to run.
enum MatrixKernels {
    /// Rows of C per register tile.
    static let tileRows = 8
    /// Columns of C per register tile (two SIMD16 vectors).
    static let tileColumns = 32
    /// Steps of the shared dimension per cache block.
    static let depthBlock = 128

    /// C[rows, columns] = Σ_k A(r, k) · B[k, c], for the tiles in `rowTiles` × `columnTiles`.
    ///
    /// - Parameters:
    ///   - a: A element (r, k) sits at `a[r · aRowStride + k · aStepStride]`.
    ///   - b: row k of B starts at `b + k · ldb`.
    ///   - c: row r of C starts at `c + r · ldc`; C is overwritten.
    ///   - depth: the length of the shared dimension.
    ///   - rowTiles, columnTiles: which tiles of C to compute, in tile units.
    static func multiply(a: UnsafePointer<Float>, aRowStride: Int, aStepStride: Int,
                         b: UnsafePointer<Float>, ldb: Int,
                         c: UnsafeMutablePointer<Float>, ldc: Int,
                         depth: Int, rowTiles: Range<Int>, columnTiles: Range<Int>) {
        var k0 = 0
        repeat {
            let steps = min(depthBlock, depth - k0)
            for rowTile in rowTiles {
                let row = rowTile * tileRows
                for columnTile in columnTiles {
                    let column = columnTile * tileColumns
                    tile(a: a + row * aRowStride + k0 * aStepStride, rowStride: aRowStride,
                         stepStride: aStepStride, b: b + k0 * ldb + column, ldb: ldb,
                         c: c + row * ldc + column, ldc: ldc, steps: steps, accumulate: k0 > 0)
                }
            }
            k0 += steps
        } while k0 < depth
    }

    /// One 8 × 32 tile of C over `steps` steps of the shared dimension.
    @inline(__always)
    private static func tile(a: UnsafePointer<Float>, rowStride: Int, stepStride: Int,
                             b: UnsafePointer<Float>, ldb: Int,
                             c: UnsafeMutablePointer<Float>, ldc: Int, steps: Int, accumulate: Bool) {
        var c0a = SIMD16<Float>(), c0b = SIMD16<Float>(), c1a = SIMD16<Float>(), c1b = SIMD16<Float>()
        var c2a = SIMD16<Float>(), c2b = SIMD16<Float>(), c3a = SIMD16<Float>(), c3b = SIMD16<Float>()
        var c4a = SIMD16<Float>(), c4b = SIMD16<Float>(), c5a = SIMD16<Float>(), c5b = SIMD16<Float>()
        var c6a = SIMD16<Float>(), c6b = SIMD16<Float>(), c7a = SIMD16<Float>(), c7b = SIMD16<Float>()
        if accumulate {
            c0a = load(c); c0b = load(c + 16)
            c1a = load(c + ldc); c1b = load(c + ldc + 16)
            c2a = load(c + 2 * ldc); c2b = load(c + 2 * ldc + 16)
            c3a = load(c + 3 * ldc); c3b = load(c + 3 * ldc + 16)
            c4a = load(c + 4 * ldc); c4b = load(c + 4 * ldc + 16)
            c5a = load(c + 5 * ldc); c5b = load(c + 5 * ldc + 16)
            c6a = load(c + 6 * ldc); c6b = load(c + 6 * ldc + 16)
            c7a = load(c + 7 * ldc); c7b = load(c + 7 * ldc + 16)
        }
        let a0 = a, a1 = a + rowStride, a2 = a + 2 * rowStride, a3 = a + 3 * rowStride
        let a4 = a + 4 * rowStride, a5 = a + 5 * rowStride, a6 = a + 6 * rowStride, a7 = a + 7 * rowStride
        var bk = b
        var ak = 0
        for _ in 0..<steps {
            let ba = load(bk), bb = load(bk + 16)
            var x = SIMD16<Float>(repeating: a0[ak])
            c0a = c0a.addingProduct(x, ba); c0b = c0b.addingProduct(x, bb)
            x = SIMD16<Float>(repeating: a1[ak])
            c1a = c1a.addingProduct(x, ba); c1b = c1b.addingProduct(x, bb)
            x = SIMD16<Float>(repeating: a2[ak])
            c2a = c2a.addingProduct(x, ba); c2b = c2b.addingProduct(x, bb)
            x = SIMD16<Float>(repeating: a3[ak])
            c3a = c3a.addingProduct(x, ba); c3b = c3b.addingProduct(x, bb)
            x = SIMD16<Float>(repeating: a4[ak])
            c4a = c4a.addingProduct(x, ba); c4b = c4b.addingProduct(x, bb)
            x = SIMD16<Float>(repeating: a5[ak])
            c5a = c5a.addingProduct(x, ba); c5b = c5b.addingProduct(x, bb)
            x = SIMD16<Float>(repeating: a6[ak])
            c6a = c6a.addingProduct(x, ba); c6b = c6b.addingProduct(x, bb)
            x = SIMD16<Float>(repeating: a7[ak])
            c7a = c7a.addingProduct(x, ba); c7b = c7b.addingProduct(x, bb)
            bk += ldb
            ak += stepStride
        }
        store(c0a, c); store(c0b, c + 16)
        store(c1a, c + ldc); store(c1b, c + ldc + 16)
        store(c2a, c + 2 * ldc); store(c2b, c + 2 * ldc + 16)
        store(c3a, c + 3 * ldc); store(c3b, c + 3 * ldc + 16)
        store(c4a, c + 4 * ldc); store(c4b, c + 4 * ldc + 16)
        store(c5a, c + 5 * ldc); store(c5b, c + 5 * ldc + 16)
        store(c6a, c + 6 * ldc); store(c6b, c + 6 * ldc + 16)
        store(c7a, c + 7 * ldc); store(c7b, c + 7 * ldc + 16)
    }

    /// destination[c, r] = source[r, c] for r < rows, c < columns.
    static func transpose(_ source: UnsafePointer<Float>, ld: Int, rows: Int, columns: Int,
                          into destination: UnsafeMutablePointer<Float>, ldd: Int) {
        for r in 0..<rows {
            let row = source + r * ld
            for c in 0..<columns {
                destination[c * ldd + r] = row[c]
            }
        }
    }

    @inline(__always)
    static func load(_ p: UnsafePointer<Float>) -> SIMD16<Float> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD16<Float>.self)
    }

    @inline(__always)
    static func load(_ p: UnsafeMutablePointer<Float>) -> SIMD16<Float> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD16<Float>.self)
    }

    @inline(__always)
    static func store(_ v: SIMD16<Float>, _ p: UnsafeMutablePointer<Float>) {
        UnsafeMutableRawPointer(p).storeBytes(of: v, as: SIMD16<Float>.self)
    }
}

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
