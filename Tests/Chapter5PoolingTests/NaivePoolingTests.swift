import NeuralNet
import PropertyTesting
import Testing
import Tensors

/// Pooling against a naive loop written from the formula, window by window: the fast kernels
/// (eight windows per SIMD step, one at a time at the edges) must agree bit for bit, winners
/// included, on maps wide enough for the 8-lane path, with ties and NaNs.
struct NaivePoolingTests {
    /// y[i, j] over the cells (i·S − P + a, j·S − P + b), 0 ≤ a, b < F, inside the plane: the first
    /// NaN or else the first maximum in row-major order (max), or the sum in row-major order
    /// divided by the count (mean).
    func naive(_ x: Tensor<Double>, _ pooling: Pooling2D) throws -> (values: [Double], winners: [Int32]) {
        let (planes, height, width) = (x.shape[0], x.shape[1], x.shape[2])
        let shape = try pooling.outputShape(for: x.shape)
        var values: [Double] = [], winners: [Int32] = []
        for c in 0..<planes {
            for i in 0..<shape[1] {
                for j in 0..<shape[2] {
                    let top = i * pooling.rows.stride - pooling.rows.padding
                    let left = j * pooling.columns.stride - pooling.columns.padding
                    let cells = (max(top, 0)..<min(top + pooling.rows.size, height)).flatMap { r in
                        (max(left, 0)..<min(left + pooling.columns.size, width)).map { (r, $0) }
                    }
                    let picked = cells.first { x[c, $0.0, $0.1].isNaN }
                        ?? cells.reduce(cells[0]) { x[c, $1.0, $1.1] > x[c, $0.0, $0.1] ? $1 : $0 }
                    let sum = cells.reduce(0.0) { $0 + x[c, $1.0, $1.1] }
                    values.append(pooling.kind == .max ? x[c, picked.0, picked.1] : sum / Double(cells.count))
                    winners.append(Int32(picked.0 * width + picked.1))
                }
            }
        }
        return (values, pooling.kind == .max ? winners : [])
    }

    @Test("fast pooling = naive loop, bit for bit, winners included (ties and NaNs)")
    func agreesWithNaiveLoop() async throws {
        await checkProperty(count: 80, input: Gen.int(in: 0...1_000_000)) { seed in
            var generator = SeededGenerator(seed: UInt64(seed))
            func draw(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &generator) }
            let size = draw(1...4)
            let window = try PoolingWindow(size: size, stride: draw(1...4), padding: draw(0...(size - 1)))
            let (height, width) = (draw(size...12), draw(size...40))
            // Small integers, so that windows often tie; a NaN in one seed out of three.
            var values = (0..<(2 * height * width)).map { _ in Double(draw(-3...3)) }
            if seed % 3 == 0 { values[draw(0...(values.count - 1))] = .nan }
            let x = try Tensor(shape: [2, height, width], scalars: values)
            for kind in PoolingKind.allCases {
                let pooling = Pooling2D(kind, rows: window, columns: window, rounding: draw(0...1) == 0 ? .floor : .ceil)
                let (output, cache) = try pooling.forward(x)
                let reference = try naive(x, pooling)
                #expect(output.scalars.map(\.bitPattern) == reference.values.map(\.bitPattern))
                #expect(cache.winners == reference.winners)
                // Float takes the same paths.
                let single = try pooling.forward(x.converted(to: Float.self))
                #expect(single.cache.winners == reference.winners)
            }
        }
    }

    @Test("planes split between threads give the naive loop's values and winners (a batch large enough to split)")
    func threadedBatch() throws {
        // 32 planes of 48×48 = 73,728 cells ≥ 2¹⁶: with ComputeThreads.count ≥ 2 (OPENBLAS_NUM_THREADS
        // or the machine's cores) the planes are shared between workers
        // (PoolingKernels.forEachChunk), each writing only its own planes.
        var generator = SeededGenerator(seed: 11)
        let x = try Tensor<Double>(shape: [32, 48, 48]) { _ in Double(Int.random(in: -3...3, using: &generator)) }
        for kind in PoolingKind.allCases {
            let pooling = try Pooling2D(kind, size: 3, stride: 2, padding: 1)
            let (output, cache) = try pooling.forward(x)
            let reference = try naive(x, pooling)
            #expect(output.scalars.map(\.bitPattern) == reference.values.map(\.bitPattern), "\(kind)")
            #expect(cache.winners == reference.winners, "\(kind)")
        }
    }
}
