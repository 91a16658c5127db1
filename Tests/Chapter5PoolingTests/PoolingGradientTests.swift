import NeuralNet
import PropertyTesting
import Testing
import Tensors

/// Backward passes of pooling: gradient checks in Double against central differences (away from
/// ties: continuous random values, whose gaps dwarf the step h = 10⁻⁶), and the routing rules
/// on small exact cases.
struct PoolingGradientTests {
    /// The check of y = pooling(x) through the scalar Σ rᵢ·yᵢ, whose gradient is backward(r).
    func relativeError(_ pooling: Pooling2D, at x: Tensor<Double>, seed: Int) throws -> Double {
        var generator = SeededGenerator(seed: UInt64(seed) &+ 7)
        let (output, cache) = try pooling.forward(x)
        let r = try Tensor<Double>.uniform(shape: output.shape, low: -1, high: 1, using: &generator)
        let analytic = try pooling.backward(r, cache: cache)
        return try GradientCheck.compare(analytic: analytic, at: x) { probe in
            try zip(pooling(probe).scalars, r.scalars).reduce(0) { $0 + $1.0 * $1.1 }
        }.relativeError
    }

    @Test("gradient check: max and mean pooling, any window, stride, padding and rounding")
    func gradientCheck() async throws {
        await checkProperty(count: 40, input: Gen.int(in: 0...1_000_000)) { seed in
            for kind in PoolingKind.allCases {
                let random = try RandomPooling(seed: seed, kind: kind)
                // Measured: at most 8e-10 over 200 seeds for either kind; a wrong routing gives O(1).
                #expect(try relativeError(random.pooling, at: random.input, seed: seed) < 1e-8)
            }
        }
    }

    @Test("gradient check: 1D pooling and global average pooling")
    func gradientCheckOtherShapes() throws {
        var generator = SeededGenerator(seed: 5)
        let signal = try Tensor<Double>.uniform(shape: [2, 3, 11], low: -1, high: 1, using: &generator)
        for kind in PoolingKind.allCases {
            let pooling = try Pooling1D(kind, size: 3, stride: 2, padding: 1, rounding: .ceil)
            let (output, cache) = try pooling.forward(signal)
            #expect(output.shape == [2, 3, 6])
            let r = try Tensor<Double>.uniform(shape: output.shape, low: -1, high: 1, using: &generator)
            let check = try GradientCheck.compare(analytic: pooling.backward(r, cache: cache), at: signal) {
                try zip(pooling($0).scalars, r.scalars).reduce(0) { $0 + $1.0 * $1.1 }
            }
            #expect(check.relativeError < 1e-8)
        }
        let images = try Tensor<Double>.uniform(shape: [2, 3, 4, 5], low: -1, high: 1, using: &generator)
        let r = try Tensor<Double>.uniform(shape: [2, 3], low: -1, high: 1, using: &generator)
        let check = try GradientCheck.compare(
            analytic: GlobalAveragePooling.backward(r, inputShape: images.shape), at: images) {
            try zip(GlobalAveragePooling.forward($0).scalars, r.scalars).reduce(0) { $0 + $1.0 * $1.1 }
        }
        #expect(check.relativeError < 1e-8)
    }

    @Test("max backward: a tie goes to the first maximum in row-major order")
    func tieRule() throws {
        let x = try Tensor<Double>(rows: [[5, 5, 1, 2], [5, 5, 2, 2]])
        let pooling = try Pooling2D(.max, size: 2)
        let (output, cache) = try pooling.forward(x)
        #expect(output.scalars == [5, 2])
        #expect(cache.winners == [0, 3])   // (0,0) among four 5s; (0,3) among three 2s
        let dx = try pooling.backward(Tensor(shape: [1, 2], scalars: [10, 20]), cache: cache)
        #expect(dx.scalars == [10, 0, 0, 20, 0, 0, 0, 0])
    }

    @Test("overlapping windows accumulate: a centre that wins four 2×2 windows gets four gradients")
    func overlappingAccumulate() throws {
        let x = try Tensor<Double>(rows: [[0, 0, 0], [0, 9, 0], [0, 0, 0]])
        let maxPooling = try Pooling2D(.max, size: 2, stride: 1)
        let (output, cache) = try maxPooling.forward(x)
        let upstream = try Tensor<Double>(rows: [[1, 2], [3, 4]])
        #expect(output.scalars == [9, 9, 9, 9])
        #expect(try maxPooling.backward(upstream, cache: cache).scalars == [0, 0, 0, 0, 10, 0, 0, 0, 0])
        // Mean: each window spreads g/4; the centre is in all four, the corners in one.
        let meanPooling = try Pooling2D(.mean, size: 2, stride: 1)
        let meanCache = try meanPooling.forward(x).cache
        #expect(try meanPooling.backward(upstream, cache: meanCache).scalars
            == [0.25, 0.75, 0.5, 1, 2.5, 1.5, 0.75, 1.75, 1])
    }

    @Test("mean backward of a partial (ceil) window divides by the cells it covers")
    func partialWindowMean() throws {
        // 3 columns, 2-wide windows, ceil: windows {0, 1} and the partial {2}.
        let pooling = try Pooling1D(.mean, size: 2, rounding: .ceil)
        let (output, cache) = try pooling.forward(Tensor<Double>([2, 4, 7]))
        #expect(output.scalars == [3, 7])
        #expect(try pooling.backward(Tensor<Double>([1, 1]), cache: cache).scalars == [0.5, 0.5, 1])
    }
}
