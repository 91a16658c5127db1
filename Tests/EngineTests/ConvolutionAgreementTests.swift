import Engine
import NeuralNet
import PropertyTesting
import Testing
import Tensors

/// The engine's convolutions (``FastConvolution``, im2col and vectorized, on 1 to 3 threads)
/// against the lesson's direct loop (``conv2d(_:kernel:bias:parameters:implementation:)`` with
/// `.direct`), forward and backward, on random shapes, strides, paddings, flips and batches, in
/// Double: every value within 10⁻¹² (inputs and weights in [−1, 1], at most a few hundred terms
/// per sum, so rounding stays near 10⁻¹⁴).
@Suite("Engine convolution = lesson convolution")
struct ConvolutionAgreementTests {
    /// A convolution problem that tiles by construction: the output size is drawn first and the
    /// input is the size that gives it, H = (H_out − 1)·S + k − P_top − P_bottom.
    struct Problem: CustomStringConvertible {
        var x: Tensor<Double>, kernel: Tensor<Double>, bias: Tensor<Double>
        var parameters: Conv2DParameters
        var threads: ComputeThreads

        init(seed: Int, filters: ClosedRange<Int> = 1...19) throws {
            var generator = SeededGenerator(seed: UInt64(seed))
            func draw(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &generator) }
            let (batch, channels, count) = (draw(1...4), draw(1...3), draw(filters))
            var sizes: [(input: Int, kernel: Int, stride: Int, before: Int, after: Int)] = []
            for _ in 0..<2 {
                let (kernel, stride, before, after) = (draw(1...4), draw(1...3), draw(0...2), draw(0...2))
                let input = (draw(1...5) - 1) * stride + kernel - before - after
                sizes.append(input >= 1 ? (input, kernel, stride, before, after) : (input + before + after, kernel, stride, 0, 0))
            }
            let (rows, columns) = (sizes[0], sizes[1])
            x = try .uniform(shape: [batch, channels, rows.input, columns.input], low: -1, high: 1, using: &generator)
            kernel = try .uniform(shape: [count, channels, rows.kernel, columns.kernel], low: -1, high: 1, using: &generator)
            bias = try .uniform(shape: [count], low: -1, high: 1, using: &generator)
            parameters = Conv2DParameters(strideHeight: rows.stride, strideWidth: columns.stride,
                                          padding: .explicit(top: rows.before, bottom: rows.after, left: columns.before, right: columns.after),
                                          flipped: draw(0...1) == 1)
            threads = ComputeThreads(draw(1...3))
        }

        var description: String {
            "x \(x.shape), kernel \(kernel.shape), stride (\(parameters.strideHeight), \(parameters.strideWidth)), \(parameters.padding), flipped \(parameters.flipped), \(threads) threads"
        }
    }

    @Test("forward: im2col and vectorized equal the direct loop within 1e-12", arguments: ConvolutionAlgorithm.allCases)
    func forward(algorithm: ConvolutionAlgorithm) async {
        await checkProperty(count: 60, input: Gen.int(in: 0...1_000_000)) { seed in
            let p = try Problem(seed: seed)
            let engine = FastConvolution(algorithm, threads: p.threads)
            let lesson = try conv2d(p.x, kernel: p.kernel, bias: p.bias, parameters: p.parameters, implementation: .direct)
            let fast = try engine.conv2d(p.x, kernel: p.kernel, bias: p.bias, parameters: p.parameters)
            #expect(fast.shape == lesson.shape, "\(p)")
            #expect(try fast.maxAbsDifference(lesson) < 1e-12, "\(p)")
        }
    }

    @Test("backward: ∂L/∂x, ∂L/∂W and ∂L/∂b equal the direct loop's within 1e-12; skipping ∂L/∂x changes nothing else",
          arguments: ConvolutionAlgorithm.allCases)
    func backward(algorithm: ConvolutionAlgorithm) async {
        await checkProperty(count: 60, input: Gen.int(in: 0...1_000_000)) { seed in
            let p = try Problem(seed: seed)
            let engine = FastConvolution(algorithm, threads: p.threads)
            var generator = SeededGenerator(seed: UInt64(seed) &+ 7)
            let shape = try conv2d(p.x, kernel: p.kernel, parameters: p.parameters).shape
            let g = try Tensor<Double>.uniform(shape: shape, low: -1, high: 1, using: &generator)
            let lesson = try conv2dBackward(g, input: p.x, kernel: p.kernel, parameters: p.parameters, implementation: .direct)
            let fast = try engine.conv2dBackward(g, input: p.x, kernel: p.kernel, parameters: p.parameters)
            #expect(try #require(fast.input).maxAbsDifference(#require(lesson.input)) < 1e-12, "\(p)")
            #expect(try fast.kernel.maxAbsDifference(lesson.kernel) < 1e-12, "\(p)")
            #expect(try fast.bias.maxAbsDifference(lesson.bias) < 1e-12, "\(p)")
            let weightsOnly = try engine.conv2dBackward(g, input: p.x, kernel: p.kernel, parameters: p.parameters, needsInputGradient: false)
            #expect(weightsOnly.input == nil)
            #expect(try weightsOnly.kernel.maxAbsDifference(fast.kernel) < 1e-12 && weightsOnly.bias.maxAbsDifference(fast.bias) < 1e-12)
        }
    }

    @Test("reflect, replicate and circular borders: the engine equals the lesson forward and backward within 1e-12")
    func borderModes() async {
        await checkProperty(count: 30, input: Gen.int(in: 0...1_000_000)) { seed in
            var p = try Problem(seed: seed, filters: 1...5)
            var generator = SeededGenerator(seed: UInt64(seed) &+ 11)
            // 'same' on a 6×7 image: the border (at most 2 cells) fits inside the image for every mode.
            p.x = try .uniform(shape: [p.x.shape[0], p.x.shape[1], 6, 7], low: -1, high: 1, using: &generator)
            p.parameters = Conv2DParameters(padding: .same)
            for mode in PaddingMode.allCases {
                let engine = FastConvolution(.im2col, threads: p.threads)
                let lesson = try conv2d(p.x, kernel: p.kernel, bias: p.bias, parameters: p.parameters, paddingMode: mode)
                let fast = try engine.conv2d(p.x, kernel: p.kernel, bias: p.bias, parameters: p.parameters, paddingMode: mode)
                #expect(try fast.maxAbsDifference(lesson) < 1e-12, "\(mode), \(p)")
                let lessonGradients = try conv2dBackward(lesson, input: p.x, kernel: p.kernel, parameters: p.parameters, paddingMode: mode)
                let fastGradients = try engine.conv2dBackward(lesson, input: p.x, kernel: p.kernel, parameters: p.parameters, paddingMode: mode)
                #expect(try #require(fastGradients.input).maxAbsDifference(#require(lessonGradients.input)) < 1e-12, "\(mode), \(p)")
                #expect(try fastGradients.kernel.maxAbsDifference(lessonGradients.kernel) < 1e-12, "\(mode), \(p)")
            }
        }
    }

    @Test("the engine refuses what the lesson refuses: channels that differ, a bias of the wrong size, a gradient of the wrong shape")
    func refusals() throws {
        let engine = FastConvolution(.vectorized)
        let x = try Tensor<Double>(zeros: [1, 2, 5, 5])
        #expect(throws: ConvolutionError.self) { try engine.conv2d(x, kernel: Tensor<Double>(zeros: [3, 1, 3, 3])) }
        #expect(throws: ConvolutionError.self) {
            try engine.conv2d(x, kernel: Tensor<Double>(zeros: [3, 2, 3, 3]), bias: Tensor<Double>(zeros: [2]))
        }
        #expect(throws: ConvolutionError.self) {
            try engine.conv2dBackward(Tensor<Double>(zeros: [1, 3, 2, 2]), input: x, kernel: Tensor<Double>(zeros: [3, 2, 3, 3]))
        }
    }
}
