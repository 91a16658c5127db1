import NeuralNet
import Tensors

/// The forward loop of max pooling. Each output row is computed eight windows at a time where
/// eight consecutive windows are whole (eight independent running maxima, which the compiler
/// turns into vector compares and blends, instead of one long dependency chain), and one window
/// at a time at the edges (padding, partial ceil windows), for narrow maps and for windows that
/// hold a NaN (which no comparison picks). Both paths scan a window's cells in the same
/// row-major order with a strict comparison, so they pick the same cell (the tests compare them
/// with a naive loop).
extension PoolingKernels {
    /// y[o] = max over the window of x, and `winners[o]` = the offset (within the plane) of the
    /// first maximum in row-major order: a later cell wins only when strictly greater. A NaN
    /// in a window wins (the first NaN), so it reaches the output instead of being hidden.
    @inlinable
    static func maxForward<Scalar: TensorScalar>(
        _ x: UnsafePointer<Scalar>, _ y: UnsafeMutablePointer<Scalar>, winners: UnsafeMutablePointer<Int32>,
        planes: Int, threads: ComputeThreads, height: Int, width: Int, rows: AxisWindows, columns: AxisWindows
    ) {
        let (outHeight, outWidth) = (rows.count, columns.count)
        let (input, output, won) = (SharedPointer(x), SharedPointer(y), SharedPointer(winners))
        forEachChunk(planes: planes, threads: threads, cellsPerPlane: height &* width) { chunk in
            rows.lower.withUnsafeBufferPointer { r0 in rows.upper.withUnsafeBufferPointer { r1 in
            columns.lower.withUnsafeBufferPointer { c0 in columns.upper.withUnsafeBufferPointer { c1 in
            withUnsafeTemporaryAllocation(of: Scalar.self, capacity: 16) { scratch in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: 8) { indices in
                let lanes = (values: scratch.baseAddress!, winners: indices.baseAddress!, sums: scratch.baseAddress! + 8)
                for plane in chunk {
                    let source = input.address + plane &* height &* width
                    for oi in 0..<outHeight {
                        let windowRows = r0[oi]..<r1[oi]
                        let o = plane &* outHeight &* outWidth &+ oi &* outWidth
                        var next = 0
                        while next < outWidth {
                            if let oj = blockStart(next, whole: columns.whole) {
                                let unsure = maxOfEight(source, width: width, rows: windowRows, firstColumn: c0[oj],
                                                        stride: columns.stride, size: columns.size,
                                                        values: lanes.values, winners: lanes.winners, sums: lanes.sums)
                                for lane in 0..<8 {
                                    // Windows whose sum is not finite may hold a NaN: redone one by one.
                                    let (v, b) = unsure
                                        ? maxOfWindow(source, width: width, rows: windowRows, columns: c0[oj &+ lane]..<c1[oj &+ lane])
                                        : (lanes.values[lane], lanes.winners[lane])
                                    output.address[o &+ oj &+ lane] = v
                                    won.address[o &+ oj &+ lane] = Int32(truncatingIfNeeded: b)
                                }
                                next = oj &+ 8
                            } else {
                                let (value, best) = maxOfWindow(source, width: width, rows: windowRows, columns: c0[next]..<c1[next])
                                output.address[o &+ next] = value
                                won.address[o &+ next] = Int32(truncatingIfNeeded: best)
                                next &+= 1
                            }
                        }
                    }
                }
            } }
            } } } }
        }
    }

    /// The maximum of one window and the offset of its first occurrence (row-major); a NaN wins.
    @inlinable @inline(__always)
    static func maxOfWindow<Scalar: TensorScalar>(
        _ source: UnsafeMutablePointer<Scalar>, width: Int, rows: Range<Int>, columns: Range<Int>
    ) -> (Scalar, Int) {
        var best = rows.lowerBound &* width &+ columns.lowerBound
        var value = source[best]
        for i in rows {
            let row = i &* width
            for j in columns {
                let v = source[row &+ j]
                // Strictly greater, or a NaN unless one already won: a select, not a branch.
                let wins = !(v <= value) && value == value
                value = wins ? v : value
                best = wins ? row &+ j : best
            }
        }
        return (value, best)
    }

    /// The maxima of eight whole windows side by side — columns firstColumn + l·S ..< + F for
    /// lanes l = 0…7 — written to `values` and the offsets of their first occurrences to
    /// `winners`; returns whether a NaN may be among the cells (a comparison never picks one, but
    /// it spoils the lane's running sum in `sums`). The lane loop has a constant trip count: the
    /// compiler unrolls and vectorises it.
    @inlinable @inline(__always)
    static func maxOfEight<Scalar: TensorScalar>(
        _ source: UnsafeMutablePointer<Scalar>, width: Int, rows: Range<Int>, firstColumn: Int, stride s: Int, size: Int,
        values: UnsafeMutablePointer<Scalar>, winners: UnsafeMutablePointer<Int>, sums: UnsafeMutablePointer<Scalar>
    ) -> Bool {
        for lane in 0..<8 {
            values[lane] = -.infinity
            winners[lane] = rows.lowerBound &* width &+ firstColumn &+ lane &* s
            sums[lane] = 0
        }
        for i in rows {
            for k in 0..<size {
                let start = i &* width &+ firstColumn &+ k
                for lane in 0..<8 {
                    let at = start &+ lane &* s
                    let v = source[at]
                    let wins = v > values[lane]
                    values[lane] = wins ? v : values[lane]
                    winners[lane] = wins ? at : winners[lane]
                    sums[lane] += v
                }
            }
        }
        var finite = true
        for lane in 0..<8 { finite = finite && sums[lane].isFinite }
        return !finite
    }
}
