import Engine
import NeuralNet
import PropertyTesting
import Testing
import Tensors

/// The engine's pooling (``FastPooling``: eight windows per SIMD step, one at a time at the
/// edges, planes split between threads) against the lesson's window-by-window loop
/// (``Pooling2D``): forward values and winners equal bit for bit, with ties and NaNs; the max
/// backward equal bit for bit, the mean backward (summed in another order) within 10⁻¹².
struct PoolingAgreementTests {
    @Test("engine pooling = lesson pooling, bit for bit, winners included (ties and NaNs), on 1 to 3 threads")
    func agreesWithTheLesson() async throws {
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
            let threads = ComputeThreads(draw(1...3))
            for kind in PoolingKind.allCases {
                let lesson = Pooling2D(kind, rows: window, columns: window, rounding: draw(0...1) == 0 ? .floor : .ceil)
                let engine = FastPooling(lesson, threads: threads)
                let (output, cache) = try engine.forward(x)
                let reference = try lesson.forward(x)
                #expect(output.scalars.map(\.bitPattern) == reference.output.scalars.map(\.bitPattern))
                #expect(cache == reference.cache)
                // Float takes the same paths.
                let single = try engine.forward(x.converted(to: Float.self))
                #expect(single.cache.winners == reference.cache.winners)
                let g = try Tensor<Double>.uniform(shape: output.shape, low: -1, high: 1, using: &generator)
                let (dx, expected) = (try engine.backward(g, cache: cache), try lesson.backward(g, cache: reference.cache))
                if kind == .max {
                    #expect(dx.scalars.map(\.bitPattern) == expected.scalars.map(\.bitPattern))
                } else {
                    #expect(try dx.maxAbsDifference(expected) < 1e-12)
                }
            }
        }
    }

    @Test("planes split between threads give the lesson's values, winners and gradients (a batch large enough to split)")
    func threadedBatch() throws {
        // 32 planes of 48×48 = 73,728 cells ≥ 2¹⁶: on two threads the planes are shared between
        // workers, each writing only its own planes.
        var generator = SeededGenerator(seed: 11)
        let x = try Tensor<Double>(shape: [32, 48, 48]) { _ in Double(Int.random(in: -3...3, using: &generator)) }
        for kind in PoolingKind.allCases {
            let lesson = try Pooling2D(kind, size: 3, stride: 2, padding: 1)
            let engine = FastPooling(lesson, threads: ComputeThreads(2))
            let (output, cache) = try engine.forward(x)
            let reference = try lesson.forward(x)
            #expect(output.scalars.map(\.bitPattern) == reference.output.scalars.map(\.bitPattern), "\(kind)")
            #expect(cache == reference.cache, "\(kind)")
            let g = try Tensor<Double>.uniform(shape: output.shape, low: -1, high: 1, using: &generator)
            #expect(try engine.backward(g, cache: cache).maxAbsDifference(lesson.backward(g, cache: reference.cache)) < 1e-12, "\(kind)")
        }
    }

    @Test("the engine refuses what the lesson refuses: a gradient of the wrong shape, a cache of another pooling")
    func refusals() throws {
        let x = try Tensor<Double>(shape: [1, 4, 4]) { i in Double(i[1] * 4 + i[2]) }
        let maxPool = FastPooling(try Pooling2D(.max, size: 2))
        let meanPool = FastPooling(try Pooling2D(.mean, size: 2))
        let (_, cache) = try maxPool.forward(x)
        #expect(throws: PoolingError.self) { try maxPool.backward(Tensor<Double>(zeros: [1, 3, 3]), cache: cache) }
        #expect(throws: PoolingError.self) { try meanPool.backward(Tensor<Double>(zeros: [1, 2, 2]), cache: cache) }
    }
}
