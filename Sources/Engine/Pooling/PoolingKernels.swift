import NeuralNet
import Tensors

/// The loops of max and mean pooling over planes of H×W values (one plane per image and
/// channel, NCHW), on raw buffers: what they share (the windows of each axis, splitting the
/// planes between the cores, blocks of eight windows) and the backward passes. The forward
/// passes are in MaxPoolingKernel.swift and MeanPoolingKernel.swift. Windows are given per axis as the clipped ranges of input cells
/// they cover (``PoolingWindow/cells(of:length:)``), so padding and the partial windows of
/// ``PoolingRounding/ceil`` need no special case. Planes are independent: large batches are
/// split between the cores, with the same result bit for bit.
@usableFromInline
enum PoolingKernels {
    /// One axis's windows as flat arrays (no allocation in the loops that read them): the input
    /// cells each window covers, the windows each input cell belongs to, and 1/count per window.
    @usableFromInline
    struct AxisWindows: Sendable {
        /// F and S.
        @usableFromInline let size: Int
        @usableFromInline let stride: Int
        /// Window o covers the cells lower[o]..<upper[o].
        @usableFromInline let lower: [Int]
        @usableFromInline let upper: [Int]
        /// The windows that cover F cells, all inside the input: o·S − P ≥ 0 and o·S − P + F ≤ D.
        /// Partial windows (padding, ceil) lie only at the two ends, so these are consecutive.
        @usableFromInline let whole: Range<Int>
        /// Cell i belongs to the windows firstWindow[i]..<endWindow[i] (empty if none reads it).
        @usableFromInline let firstWindow: [Int]
        @usableFromInline let endWindow: [Int]
        /// 1/(upper[o] − lower[o]).
        @usableFromInline let inverseCount: [Double]

        @inlinable
        init(_ window: PoolingWindow, length: Int, count: Int) {
            let ranges = (0..<count).map { window.cells(of: $0, length: length) }
            size = window.size
            stride = window.stride
            lower = ranges.map(\.lowerBound)
            upper = ranges.map(\.upperBound)
            let wholeOnes = ranges.indices.filter { ranges[$0].count == window.size }
            whole = (wholeOnes.first ?? 0)..<((wholeOnes.last ?? -1) + 1)
            inverseCount = ranges.map { 1 / Double($0.count) }
            var first = [Int](repeating: count, count: length), end = [Int](repeating: 0, count: length)
            for (o, range) in ranges.enumerated() {
                for i in range {
                    first[i] = Swift.min(first[i], o)
                    end[i] = Swift.max(end[i], o + 1)
                }
            }
            firstWindow = zip(first, end).map { Swift.min($0, $1) }
            endWindow = end
        }

        @inlinable var count: Int { lower.count }
    }

    /// A raw buffer address that the worker threads share; each touches its own planes only.
    @usableFromInline
    struct SharedPointer<Pointee>: @unchecked Sendable {
        @usableFromInline let address: UnsafeMutablePointer<Pointee>
        @inlinable init(_ address: UnsafeMutablePointer<Pointee>) { self.address = address }
        @inlinable init(_ address: UnsafePointer<Pointee>) { self.address = UnsafeMutablePointer(mutating: address) }
    }

    /// Runs `body` on consecutive ranges of `planes` covering 0..<planes: in one go for one
    /// thread or fewer than 2¹³ cells (less work than handing it to a worker), else one range per
    /// thread, through ``ComputeThreads/split(_:parts:_:)`` (the first on the calling thread, the
    /// others on the pool's workers, all finished before returning).
    ///
    /// Never inlined: the max kernels' eight-window loops vectorise as the closure of their own;
    /// inlined into the caller's one-thread path they were compiled as scalar code. The mean
    /// forward pass is the other way round and calls ``forEachChunkInlined(planes:threads:cellsPerPlane:_:)``
    /// (docs/performance.md).
    @inlinable @inline(never)
    static func forEachChunk(planes: Int, threads: ComputeThreads, cellsPerPlane: Int, _ body: @Sendable (Range<Int>) -> Void) {
        forEachChunkInlined(planes: planes, threads: threads, cellsPerPlane: cellsPerPlane, body)
    }

    /// ``forEachChunk(planes:threads:cellsPerPlane:_:)`` inlined into its caller, for the mean
    /// forward pass, whose loop is compiled faster there.
    @inlinable @inline(__always)
    static func forEachChunkInlined(planes: Int, threads: ComputeThreads, cellsPerPlane: Int, _ body: @Sendable (Range<Int>) -> Void) {
        let workers = Swift.min(planes, threads.count)
        guard workers > 1, planes &* cellsPerPlane >= 1 << 13 else {
            body(0..<planes)
            return
        }
        ComputeThreads.split(planes, parts: workers) { chunk, _ in body(chunk) }
    }

    /// Where the block of eight windows that computes window `next` starts: at `next` when eight
    /// whole windows follow, or moved back so that it ends with the last whole window (it then
    /// recomputes a few windows, with the same values); `nil` when `next` is not whole or fewer
    /// than eight windows are.
    @inlinable @inline(__always)
    static func blockStart(_ next: Int, whole: Range<Int>) -> Int? {
        guard whole.contains(next), whole.count >= 8 else { return nil }
        return Swift.min(next, whole.upperBound &- 8)
    }

    /// ∂L/∂x: each upstream gradient goes to its window's winner, added to what other windows
    /// (stride < window) already sent there. `dx` must hold zeros on entry.
    @inlinable
    static func maxBackward<Scalar: TensorScalar>(
        _ dy: UnsafePointer<Scalar>, _ dx: UnsafeMutablePointer<Scalar>, winners: UnsafePointer<Int32>,
        planes: Int, threads: ComputeThreads, planeSize: Int, outputPlaneSize: Int
    ) {
        let (upstream, target, won) = (SharedPointer(dy), SharedPointer(dx), SharedPointer(winners))
        forEachChunk(planes: planes, threads: threads, cellsPerPlane: planeSize) { chunk in
            for plane in chunk {
                let gradient = target.address + plane &* planeSize
                let start = plane &* outputPlaneSize
                for o in start..<(start &+ outputPlaneSize) { gradient[Int(won.address[o])] += upstream.address[o] }
            }
        }
    }

    /// ∂L/∂x[i, j] = Σ over the windows that cover (i, j) of g/n: each upstream gradient spread
    /// evenly over the n = n_row·n_column cells of its window, summed where windows overlap.
    /// Separably: each output row is first spread along the columns, E[oi, j] = Σ over the
    /// windows oj covering j of g[oi, oj]/n_column(oj), then down the rows, ∂L/∂x[i, j] = Σ over the
    /// windows oi covering i of E[oi, j]/n_row(oi) — a contiguous, vectorisable loop. Every cell of
    /// `dx` is written, so it may hold anything on entry.
    @inlinable
    static func meanBackward<Scalar: TensorScalar>(
        _ dy: UnsafePointer<Scalar>, _ dx: UnsafeMutablePointer<Scalar>,
        planes: Int, threads: ComputeThreads, height: Int, width: Int, rows: AxisWindows, columns: AxisWindows
    ) {
        let (outHeight, outWidth) = (rows.count, columns.count)
        let rowScale = rows.inverseCount.map { Scalar($0) }, columnScale = columns.inverseCount.map { Scalar($0) }
        let (upstream, target) = (SharedPointer(dy), SharedPointer(dx))
        forEachChunk(planes: planes, threads: threads, cellsPerPlane: height &* width) { chunk in
            rows.firstWindow.withUnsafeBufferPointer { rf in rows.endWindow.withUnsafeBufferPointer { re in
            columns.lower.withUnsafeBufferPointer { c0 in columns.upper.withUnsafeBufferPointer { c1 in
            rowScale.withUnsafeBufferPointer { rs in columnScale.withUnsafeBufferPointer { cs in
            withUnsafeTemporaryAllocation(of: Scalar.self, capacity: outHeight &* width) { buffer in
                let expanded = buffer.baseAddress!
                for plane in chunk {
                    let g = upstream.address + plane &* outHeight &* outWidth
                    for oi in 0..<outHeight {
                        let e = expanded + oi &* width
                        e.update(repeating: 0, count: width)
                        for oj in 0..<outWidth {
                            let share = g[oi &* outWidth &+ oj] * cs[oj]
                            for j in c0[oj]..<c1[oj] { e[j] += share }
                        }
                    }
                    for i in 0..<height {
                        let d = target.address + (plane &* height &+ i) &* width
                        guard rf[i] < re[i] else {
                            d.update(repeating: 0, count: width)
                            continue
                        }
                        let (first, scale) = (expanded + rf[i] &* width, rs[rf[i]])
                        for j in 0..<width { d[j] = first[j] * scale }
                        for oi in (rf[i] &+ 1)..<re[i] {
                            let (e, s) = (expanded + oi &* width, rs[oi])
                            for j in 0..<width { d[j] += e[j] * s }
                        }
                    }
                }
            } } } } } } }
        }
    }
}
