import NeuralNet
import PropertyTesting
import Tensors
import Testing

/// Batch normalisation's laws: in training each channel comes out with mean 0 and variance 1
/// (before γ and β), the running statistics move toward the batch's, and the test pass uses
/// them instead of the batch's.
@Suite("Batch normalisation")
struct BatchNormalizationTests {
    /// The mean and (biased) variance of channel c of a (N, C, H, W) or (N, C) tensor.
    static func moments(_ x: Tensor<Double>, channel c: Int) -> (mean: Double, variance: Double) {
        let (batch, channels) = (x.shape[0], x.shape[1])
        let inner = x.count / (batch * channels)
        let values = (0..<batch).flatMap { n in (0..<inner).map { x.scalars[(n * channels + c) * inner + $0] } }
        let mean = values.reduce(0, +) / Double(values.count)
        return (mean, values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count))
    }

    @Test("batchnorm-formula — Pasco ≈ slides 53–55: x = [1, 2, 3, 4], α = 2, β = 0.5 → [−2.1833, −0.3944, 1.3944, 3.1833]")
    func slideFormula() throws {
        // The slide's ε = 0; the library's ε is inside the square root and must be positive, so
        // 10⁻¹² stands for it (the two placements of ε agree as ε → 0).
        var layer = try BatchNormalization<Double>(channels: 1, epsilon: 1e-12)
        layer.scale = Tensor([2])
        layer.shift = Tensor([0.5])
        let y = try layer.forward(training: Tensor<Double>(shape: [4, 1], scalars: [1, 2, 3, 4])).output
        let printed = [-2.1833, -0.3944, 1.3944, 3.1833]
        for (value, slide) in zip(y.scalars, printed) {
            #expect(abs(value - slide) < 5e-5, "\(y.scalars)")
        }
        // x̂ = (x − 2.5)/1.1180 (population standard deviation), as the slide prints it.
        let normalized = y.scalars.map { ($0 - 0.5) / 2 }
        #expect(zip(normalized, [-1.3416, -0.4472, 0.4472, 1.3416]).allSatisfy { abs($0 - $1) < 5e-5 })
    }

    @Test("training: every channel has mean 0 and variance σ²/(σ² + ε) ≈ 1, on maps and on vectors")
    func normalisedChannels() async {
        await checkProperty(count: 30, input: Gen.int(in: 2...5), Gen.int(in: 1...4), Gen.bool, Gen.int(in: 0...1_000_000)) {
            batch, channels, isMap, seed in
            var generator = SeededGenerator(seed: UInt64(seed))
            let shape = isMap ? [batch, channels, 3, 2] : [batch, channels]
            let x = try Tensor<Double>.gaussian(shape: shape, mean: 4, standardDeviation: 3, using: &generator)
            var layer = try BatchNormalization<Double>(channels: channels, epsilon: 1e-9)
            let y = try layer.forward(training: x).output
            for c in 0..<channels {
                let (mean, variance) = Self.moments(y, channel: c)
                let inputVariance = Self.moments(x, channel: c).variance
                #expect(abs(mean) < 1e-9)
                #expect(abs(variance - inputVariance / (inputVariance + 1e-9)) < 1e-9)
            }
        }
    }

    @Test("backward: per channel ∂L/∂x sums to 0 and, for ε → 0, is orthogonal to x̂; ∂L/∂γ = Σ g·x̂, ∂L/∂β = Σ g")
    func backwardLaws() async {
        await checkProperty(count: 30, input: Gen.int(in: 2...5), Gen.int(in: 1...3), Gen.int(in: 0...1_000_000)) { batch, channels, seed in
            try Self.checkBackward(batch: batch, channels: channels, seed: UInt64(seed))
        }
    }

    static func checkBackward(batch: Int, channels: Int, seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        let x = try Tensor<Double>.gaussian(shape: [batch, channels, 2, 3], mean: 1, standardDeviation: 2, using: &generator)
        let g = try Tensor<Double>.gaussian(shape: x.shape, standardDeviation: 1, using: &generator)
        // ε = 10⁻¹²: the output is then invariant to shifting and scaling a channel's input, whose
        // gradient directions (1 and x̂) ∂L/∂x must be orthogonal to; ε > 0 breaks the scaling by ε/(σ² + ε).
        var layer = try BatchNormalization<Double>(channels: channels, epsilon: 1e-12)
        layer.scale = try .gaussian(shape: [channels], mean: 1, standardDeviation: 0.5, using: &generator)
        let (_, cache) = try layer.forward(training: x)
        let (dx, dScale, dShift) = try layer.backward(g, cache: cache)
        for c in 0..<channels {
            let indices = (0..<batch).flatMap { n in (0..<6).map { (n * channels + c) * 6 + $0 } }
            let sum = indices.reduce(0) { $0 + dx.scalars[$1] }
            let dot = indices.reduce(0) { $0 + dx.scalars[$1] * cache.normalized.scalars[$1] }
            #expect(abs(sum) < 1e-9)
            #expect(abs(dot) < 1e-9)
            #expect(abs(dShift.scalars[c] - indices.reduce(0) { $0 + g.scalars[$1] }) < 1e-12)
            #expect(abs(dScale.scalars[c] - indices.reduce(0) { $0 + g.scalars[$1] * cache.normalized.scalars[$1] }) < 1e-12)
        }
    }

    @Test("training: γ and β set the channel's mean and standard deviation")
    func scaleAndShift() throws {
        var generator = SeededGenerator(seed: 3)
        let x = try Tensor<Double>.gaussian(shape: [4, 2, 3, 3], standardDeviation: 2, using: &generator)
        var layer = try BatchNormalization<Double>(channels: 2, epsilon: 1e-9)
        layer.scale = Tensor([2, 0.5])
        layer.shift = Tensor([-1, 3])
        let y = try layer.forward(training: x).output
        for (c, (std, mean)) in [(2.0, -1.0), (0.5, 3.0)].enumerated() {
            let moments = Self.moments(y, channel: c)
            #expect(abs(moments.mean - mean) < 1e-9)
            #expect(abs(moments.variance.squareRoot() - std) < 1e-6)
        }
    }

    @Test("running statistics: after one batch, α·(0, 1) + (1 − α)·(batch mean, unbiased batch variance)")
    func runningStatistics() throws {
        // Channel 0 holds 1, 2, 3, 6 (mean 3, unbiased variance 14/3); channel 1 holds 0, 0, 0, 4.
        let x = try Tensor<Double>(shape: [2, 2, 1, 2], scalars: [1, 2, 0, 0, 3, 6, 0, 4])
        var layer = try BatchNormalization<Double>(channels: 2, momentum: 0.9)
        _ = try layer.forward(training: x)
        #expect(abs(layer.runningMean.scalars[0] - 0.1 * 3) < 1e-12)
        #expect(abs(layer.runningVariance.scalars[0] - (0.9 + 0.1 * 14.0 / 3)) < 1e-12)
        #expect(abs(layer.runningMean.scalars[1] - 0.1 * 1) < 1e-12)
        #expect(abs(layer.runningVariance.scalars[1] - (0.9 + 0.1 * 4)) < 1e-12)
    }

    @Test("test time: y = γ(x − running mean)/√(running variance + ε) + β, whatever the batch")
    func inferenceUsesRunningStatistics() throws {
        var layer = try BatchNormalization<Double>(channels: 1, momentum: 0.5, epsilon: 1e-3)
        _ = try layer.forward(training: try Tensor(shape: [4, 1], scalars: [2, 4, 6, 8]))  // mean 5, unbiased variance 20/3
        layer.scale = Tensor([3])
        layer.shift = Tensor([1])
        let (mean, variance) = (0.5 * 5, 0.5 + 0.5 * 20.0 / 3)
        #expect(abs(layer.runningMean.scalars[0] - mean) < 1e-12)
        // A single image, and the same image in a different batch, get the same output.
        let alone = try layer.forward(inference: try Tensor(shape: [1, 1], scalars: [7]))
        let inBatch = try layer.forward(inference: try Tensor(shape: [2, 1], scalars: [7, -100]))
        let expected = 3 * (7 - mean) / (variance + 1e-3).squareRoot() + 1
        #expect(abs(alone.scalars[0] - expected) < 1e-12)
        #expect(inBatch.scalars[0] == alone.scalars[0])
    }

    @Test("a wrong channel count or rank is refused with its shape")
    func shapesRefused() throws {
        var layer = try BatchNormalization<Double>(channels: 3)
        #expect(throws: TensorError.self) { try layer.forward(training: Tensor(zeros: [2, 4, 2, 2])) }
        #expect(throws: TensorError.self) { try layer.forward(inference: Tensor(zeros: [2, 3, 2])) }
        #expect(throws: TensorError.self) { try BatchNormalization<Double>(channels: 0) }
        #expect(throws: TensorError.self) { try BatchNormalization<Double>(channels: 2, momentum: 1) }
    }
}
