import Tensors

/// The loops of max and mean pooling over planes of H×W values (one plane per image and
/// channel, NCHW), forward and backward, on raw buffers. Windows are given per axis as the
/// clipped ranges of input cells they cover (``PoolingWindow/cells(of:length:)``), so padding
/// and the partial windows of ``PoolingRounding/ceil`` need no special case here.
@usableFromInline
enum PoolingKernels {
    /// The clipped ranges of every window along one axis, as two flat arrays (no allocation in
    /// the loops that read them).
    @usableFromInline
    struct AxisWindows {
        @usableFromInline let lower: [Int]
        @usableFromInline let upper: [Int]

        @inlinable
        init(_ window: PoolingWindow, length: Int, count: Int) {
            let ranges = (0..<count).map { window.cells(of: $0, length: length) }
            lower = ranges.map(\.lowerBound)
            upper = ranges.map(\.upperBound)
        }
    }

    /// y[o] = max over the window of x, and `winners[o]` = the offset (within the plane) of the
    /// first maximum in row-major order: a later cell wins only when strictly greater. A NaN
    /// in a window wins, so it reaches the output instead of being hidden.
    @inlinable
    static func maxForward<Scalar: TensorScalar>(
        _ x: UnsafePointer<Scalar>, _ y: UnsafeMutablePointer<Scalar>, winners: UnsafeMutablePointer<Int>,
        planes: Int, height: Int, width: Int, rows: AxisWindows, columns: AxisWindows
    ) {
        let outHeight = rows.lower.count, outWidth = columns.lower.count
        rows.lower.withUnsafeBufferPointer { r0 in rows.upper.withUnsafeBufferPointer { r1 in
        columns.lower.withUnsafeBufferPointer { c0 in columns.upper.withUnsafeBufferPointer { c1 in
            for plane in 0..<planes {
                let source = x + plane &* height &* width
                let target = plane &* outHeight &* outWidth
                for oi in 0..<outHeight {
                    for oj in 0..<outWidth {
                        var best = r0[oi] &* width &+ c0[oj]
                        var value = source[best]
                        for i in r0[oi]..<r1[oi] {
                            let row = i &* width
                            for j in c0[oj]..<c1[oj] {
                                let v = source[row &+ j]
                                if v > value || (v != v && value == value) {
                                    value = v
                                    best = row &+ j
                                }
                            }
                        }
                        let o = target &+ oi &* outWidth &+ oj
                        y[o] = value
                        winners[o] = best
                    }
                }
            }
        } } } }
    }

    /// y[o] = (1/n) Σ x over the n input cells the window covers.
    @inlinable
    static func meanForward<Scalar: TensorScalar>(
        _ x: UnsafePointer<Scalar>, _ y: UnsafeMutablePointer<Scalar>,
        planes: Int, height: Int, width: Int, rows: AxisWindows, columns: AxisWindows
    ) {
        let outHeight = rows.lower.count, outWidth = columns.lower.count
        rows.lower.withUnsafeBufferPointer { r0 in rows.upper.withUnsafeBufferPointer { r1 in
        columns.lower.withUnsafeBufferPointer { c0 in columns.upper.withUnsafeBufferPointer { c1 in
            for plane in 0..<planes {
                let source = x + plane &* height &* width
                let target = y + plane &* outHeight &* outWidth
                for oi in 0..<outHeight {
                    for oj in 0..<outWidth {
                        var sum: Scalar = 0
                        for i in r0[oi]..<r1[oi] {
                            let row = i &* width
                            for j in c0[oj]..<c1[oj] { sum += source[row &+ j] }
                        }
                        let cells = (r1[oi] &- r0[oi]) &* (c1[oj] &- c0[oj])
                        target[oi &* outWidth &+ oj] = sum / Scalar(cells)
                    }
                }
            }
        } } } }
    }

    /// ∂L/∂x: each upstream gradient goes to its window's winner, added to what other windows
    /// (stride < window) already sent there. `dx` must hold zeros on entry.
    @inlinable
    static func maxBackward<Scalar: TensorScalar>(
        _ dy: UnsafePointer<Scalar>, _ dx: UnsafeMutablePointer<Scalar>, winners: UnsafePointer<Int>,
        planes: Int, planeSize: Int, outputPlaneSize: Int
    ) {
        for plane in 0..<planes {
            let target = dx + plane &* planeSize
            let start = plane &* outputPlaneSize
            for o in start..<(start &+ outputPlaneSize) { target[winners[o]] += dy[o] }
        }
    }

    /// ∂L/∂x: each upstream gradient spread evenly, g/n, over the n cells of its window,
    /// accumulated where windows overlap. `dx` must hold zeros on entry.
    @inlinable
    static func meanBackward<Scalar: TensorScalar>(
        _ dy: UnsafePointer<Scalar>, _ dx: UnsafeMutablePointer<Scalar>,
        planes: Int, height: Int, width: Int, rows: AxisWindows, columns: AxisWindows
    ) {
        let outHeight = rows.lower.count, outWidth = columns.lower.count
        rows.lower.withUnsafeBufferPointer { r0 in rows.upper.withUnsafeBufferPointer { r1 in
        columns.lower.withUnsafeBufferPointer { c0 in columns.upper.withUnsafeBufferPointer { c1 in
            for plane in 0..<planes {
                let target = dx + plane &* height &* width
                let source = dy + plane &* outHeight &* outWidth
                for oi in 0..<outHeight {
                    for oj in 0..<outWidth {
                        let cells = (r1[oi] &- r0[oi]) &* (c1[oj] &- c0[oj])
                        let share = source[oi &* outWidth &+ oj] / Scalar(cells)
                        for i in r0[oi]..<r1[oi] {
                            let row = i &* width
                            for j in c0[oj]..<c1[oj] { target[row &+ j] += share }
                        }
                    }
                }
            }
        } } } }
    }
}
