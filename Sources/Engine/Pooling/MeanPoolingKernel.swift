import NeuralNet
import Tensors

/// The forward loop of mean pooling. Each output row is computed eight windows at a time where
/// eight consecutive windows are whole (eight independent sums, which the compiler turns into
/// vector additions, instead of one long dependency chain), and one window at a time at the edges (padding, partial ceil windows) and
/// for narrow maps. Both paths add a window's cells in the same row-major order, so they agree
/// bit for bit (the tests compare them with a naive loop).
extension PoolingKernels {
    /// y[o] = (1/n) Σ x over the n input cells the window covers.
    @inlinable
    static func meanForward<Scalar: TensorScalar>(
        _ x: UnsafePointer<Scalar>, _ y: UnsafeMutablePointer<Scalar>,
        planes: Int, threads: ComputeThreads, height: Int, width: Int, rows: AxisWindows, columns: AxisWindows
    ) {
        let (outHeight, outWidth) = (rows.count, columns.count)
        let (input, output) = (SharedPointer(x), SharedPointer(y))
        forEachChunkInlined(planes: planes, threads: threads, cellsPerPlane: height &* width) { chunk in
            rows.lower.withUnsafeBufferPointer { r0 in rows.upper.withUnsafeBufferPointer { r1 in
            columns.lower.withUnsafeBufferPointer { c0 in columns.upper.withUnsafeBufferPointer { c1 in
            withUnsafeTemporaryAllocation(of: Scalar.self, capacity: 8) { lanes in
                let sums = lanes.baseAddress!
                for plane in chunk {
                    let source = input.address + plane &* height &* width
                    for oi in 0..<outHeight {
                        let target = output.address + (plane &* outHeight &* outWidth &+ oi &* outWidth)
                        var next = 0
                        while next < outWidth {
                            if let oj = blockStart(next, whole: columns.whole) {
                                sumOfEight(source, width: width, rows: r0[oi]..<r1[oi], firstColumn: c0[oj],
                                           stride: columns.stride, size: columns.size, sums: sums)
                                let cells = Scalar((r1[oi] &- r0[oi]) &* columns.size)
                                for lane in 0..<8 { target[oj &+ lane] = sums[lane] / cells }
                                next = oj &+ 8
                            } else {
                                var sum: Scalar = 0
                                for i in r0[oi]..<r1[oi] {
                                    for j in c0[next]..<c1[next] { sum += source[i &* width &+ j] }
                                }
                                target[next] = sum / Scalar((r1[oi] &- r0[oi]) &* (c1[next] &- c0[next]))
                                next &+= 1
                            }
                        }
                    }
                }
            }
            } } } }
        }
    }

    /// The sums of eight whole windows side by side — columns firstColumn + l·S ..< + F for
    /// lanes l = 0…7 — into `sums`, each in the row-major order of the one-window loop. The lane
    /// loop has a constant trip count: the compiler unrolls and vectorises it.
    @inlinable @inline(__always)
    static func sumOfEight<Scalar: TensorScalar>(
        _ source: UnsafeMutablePointer<Scalar>, width: Int, rows: Range<Int>, firstColumn: Int, stride s: Int, size: Int,
        sums: UnsafeMutablePointer<Scalar>
    ) {
        for lane in 0..<8 { sums[lane] = 0 }
        for i in rows {
            for k in 0..<size {
                let start = i &* width &+ firstColumn &+ k
                for lane in 0..<8 { sums[lane] += source[start &+ lane &* s] }
            }
        }
    }
}
