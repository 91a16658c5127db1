/// Float storage for the engine's RNN window: rows padded to a multiple of eight lanes and
/// aligned to 32 bytes, so that every row is a run of `SIMD8<Float>` vectors.
struct FloatBuffer {
    let base: UnsafeMutablePointer<Float>
    let count: Int

    /// `count` zeros (the padding lanes stay zero: every kernel keeps them so).
    init(count: Int) {
        let rounded = Lanes.round(max(count, 1))
        base = UnsafeMutableRawPointer.allocate(byteCount: rounded * MemoryLayout<Float>.stride, alignment: 32)
            .bindMemory(to: Float.self, capacity: rounded)
        base.initialize(repeating: 0, count: rounded)
        self.count = rounded
    }

    func free() { base.deallocate() }
}

/// Eight-lane loads, stores and the lane count rounding.
enum Lanes {
    typealias Vector = SIMD8<Float>

    /// n rounded up to a multiple of eight.
    @inline(__always)
    static func round(_ n: Int) -> Int { (n &+ 7) & ~7 }

    @inline(__always)
    static func load(_ p: UnsafePointer<Float>) -> Vector { UnsafeRawPointer(p).load(as: Vector.self) }

    @inline(__always)
    static func store(_ v: Vector, _ p: UnsafeMutablePointer<Float>) { UnsafeMutableRawPointer(p).storeBytes(of: v, as: Vector.self) }

    /// y = Σ_r x[r]·a[r] over `rows` rows of `width` lanes (a row-major, width a multiple of 8):
    /// A·x when the rows of `a` are the columns of A. Four vectors of y at a time, each fed by
    /// two accumulators (even and odd rows), so that eight fused multiply-adds are in flight.
    @inline(__always)
    static func combineRows(_ a: UnsafePointer<Float>, rows: Int, width: Int, weights x: UnsafePointer<Float>,
                            into y: UnsafeMutablePointer<Float>) {
        var c = 0
        while c &+ 32 <= width {
            var (e0, e1, e2, e3) = (Vector(), Vector(), Vector(), Vector())
            var (o0, o1, o2, o3) = (Vector(), Vector(), Vector(), Vector())
            var r = 0
            while r &+ 1 < rows {
                let even = a + (r &* width &+ c), odd = even + width
                let (xe, xo) = (x[r], x[r &+ 1])
                e0.addProduct(xe, load(even)); e1.addProduct(xe, load(even + 8))
                e2.addProduct(xe, load(even + 16)); e3.addProduct(xe, load(even + 24))
                o0.addProduct(xo, load(odd)); o1.addProduct(xo, load(odd + 8))
                o2.addProduct(xo, load(odd + 16)); o3.addProduct(xo, load(odd + 24))
                r &+= 2
            }
            if r < rows {
                let even = a + (r &* width &+ c), xe = x[r]
                e0.addProduct(xe, load(even)); e1.addProduct(xe, load(even + 8))
                e2.addProduct(xe, load(even + 16)); e3.addProduct(xe, load(even + 24))
            }
            store(e0 + o0, y + c); store(e1 + o1, y + (c &+ 8))
            store(e2 + o2, y + (c &+ 16)); store(e3 + o3, y + (c &+ 24))
            c &+= 32
        }
        while c < width {
            var (s0, s1, s2, s3) = (Vector(), Vector(), Vector(), Vector())
            var r = 0
            while r &+ 3 < rows {
                let p = a + (r &* width &+ c)
                s0.addProduct(x[r], load(p)); s1.addProduct(x[r &+ 1], load(p + width))
                s2.addProduct(x[r &+ 2], load(p + 2 &* width)); s3.addProduct(x[r &+ 3], load(p + 3 &* width))
                r &+= 4
            }
            while r < rows {
                s0.addProduct(x[r], load(a + (r &* width &+ c)))
                r &+= 1
            }
            store((s0 + s1) + (s2 + s3), y + c)
            c &+= 8
        }
    }

    /// C = A·B for a small A (m×k, row stride lda) and B (k×width, rows of `width` lanes): row i
    /// of C is ``combineRows(_:rows:width:weights:into:)`` of B's rows weighted by row i of A.
    /// At min-char-rnn's sizes (T = 25, H = 100, V ≈ 60) this beats BLAS, which packs its
    /// operands and scales C by β first (docs/performance.md, chapter 8, has the profile).
    @inline(__always)
    static func product(_ a: UnsafePointer<Float>, rows m: Int, inner k: Int, lda: Int,
                        _ b: UnsafePointer<Float>, width: Int, into c: UnsafeMutablePointer<Float>) {
        for i in 0..<m { combineRows(b, rows: k, width: width, weights: a + i &* lda, into: c + i &* width) }
    }

    /// target (cols × rows, row stride `targetStride`) ← sourceᵀ (rows × cols, row stride `sourceStride`).
    @inline(__always)
    static func transpose(_ source: UnsafePointer<Float>, rows: Int, cols: Int, sourceStride: Int,
                          into target: UnsafeMutablePointer<Float>, targetStride: Int) {
        for r in 0..<rows {
            let row = source + r &* sourceStride
            for c in 0..<cols { target[c &* targetStride &+ r] = row[c] }
        }
    }
}
